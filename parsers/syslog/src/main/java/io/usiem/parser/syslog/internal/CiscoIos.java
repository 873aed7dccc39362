package io.usiem.parser.syslog.internal;

import io.usiem.api.event.LogSource;

import org.jspecify.annotations.Nullable;

/**
 * The Sigma logsource of a Cisco IOS / IOS XE / NX-OS message, known by its {@code %FACILITY-SEVERITY-MNEMONIC:} tag
 * ({@code %SYS-5-CONFIG_I:}, {@code %PARSER-5-CFGLOG_LOGGEDCMD:}): product {@code cisco}, and the service SigmaHQ's
 * Cisco rules name: {@code aaa} for a logged CLI command (the configuration change logger's or command accounting's),
 * {@code bgp} for BGP and for a TCP MD5 failure on port 179, {@code ldp} for LDP. Other IOS messages are product
 * {@code cisco} with the catch-all's service.
 */
final class CiscoIos {
    private static final LogSource AAA = LogSource.of("cisco", "aaa", null);
    private static final LogSource BGP = LogSource.of("cisco", "bgp", null);
    private static final LogSource LDP = LogSource.of("cisco", "ldp", null);
    private static final LogSource OTHER = LogSource.of("cisco", "syslog", null);
    /** The tag is near the start of the message: after a sequence number and a timestamp at most. */
    private static final int TAG_WITHIN = 96;

    private CiscoIos() {
    }

    /** @return every logsource this gives, for the parser's metadata */
    static LogSource[] all() {
        return new LogSource[] {AAA, BGP, LDP, OTHER};
    }

    /**
     * @param line the line
     * @param bodyStart where the message starts after the syslog header
     * @return the logsource of an IOS message, or null when the message carries no IOS tag
     */
    static @Nullable LogSource logSource(String line, int bodyStart) {
        int limit = Math.min(line.length(), bodyStart + TAG_WITHIN);
        for (int p = line.indexOf('%', bodyStart); p >= 0 && p < limit; p = line.indexOf('%', p + 1)) {
            int end = tagEnd(line, p + 1);
            if (end < 0) {
                continue;
            }
            String tag = line.substring(p + 1, end);
            if (tag.startsWith("PARSER-") && tag.contains("LOGGEDCMD") || tag.startsWith("HA_EM-") && tag.contains("LOG")
                    && line.contains("command")) {
                return AAA;
            }
            if (tag.startsWith("BGP") || tag.contains("BADAUTH") && (line.contains(":179") || line.contains("(179)"))) {
                return BGP;
            }
            if (tag.startsWith("LDP") || line.contains("LDP") && tag.contains("MD5")) {
                return LDP;
            }
            return OTHER;
        }
        return null;
    }

    /**
     * @return the index of the ':' ending a FACILITY-SEVERITY-MNEMONIC tag that starts at {@code i} (upper-case letters,
     *     digits, '_' and '-', with a one-digit severity between two hyphens), or -1
     */
    private static int tagEnd(String s, int i) {
        int n = s.length();
        int j = i;
        while (j < n && (Character.isUpperCase(s.charAt(j)) || Character.isDigit(s.charAt(j)) || s.charAt(j) == '_'
                || s.charAt(j) == '-')) {
            j++;
        }
        if (j == i || j >= n || s.charAt(j) != ':') {
            return -1;
        }
        // A severity: "-<digit>-" somewhere inside, with a facility before it and a mnemonic after it.
        for (int k = i + 1; k + 2 < j; k++) {
            if (s.charAt(k) == '-' && s.charAt(k + 1) >= '0' && s.charAt(k + 1) <= '7' && s.charAt(k + 2) == '-' && k + 3 < j) {
                return j;
            }
        }
        return -1;
    }
}
