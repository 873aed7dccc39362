package io.usiem.parser.suricata.internal;

/**
 * The host name in the syslog header before an EVE record ({@code <161>Jan 15 10:22:31 sensor01 suricata[1234]: {...}}
 * or RFC 5424 {@code <14>1 2024-01-15T10:41:00Z sensor01 suricata 1234 - - {...}}), so a file of forwarded
 * lines still names its sensor. A hand scan: the header is only read up to the host.
 */
final class SyslogPrefix {
    private SyslogPrefix() {
    }

    /** @param line the line @param end where the JSON starts @return the header's host, or null */
    static String host(String line, int end) {
        int i = 0;
        if (i < end && line.charAt(i) == '<') {
            int close = line.indexOf('>', i);
            if (close < 0 || close > 4 || close >= end) {
                return null;
            }
            i = close + 1;
            if (i + 1 < end && line.charAt(i) == '1' && line.charAt(i + 1) == ' ') {
                int ts = skipToken(line, i + 2, end); // RFC 5424: version, timestamp, host
                return token(line, ts, end);
            }
        }
        if (i + 15 <= end && Character.isLetter(line.charAt(i)) && line.charAt(i + 3) == ' ') {
            // BSD: "Mmm dd hh:mm:ss host tag:"
            int t = skipToken(line, skipToken(line, skipToken(line, i, end), end), end);
            String host = token(line, t, end);
            return host == null || host.endsWith(":") ? null : host;
        }
        if (i < end && Character.isDigit(line.charAt(i))) {
            return token(line, skipToken(line, i, end), end); // ISO timestamp then host
        }
        return null;
    }

    private static int skipToken(String s, int i, int end) {
        while (i < end && s.charAt(i) == ' ') {
            i++;
        }
        while (i < end && s.charAt(i) != ' ') {
            i++;
        }
        while (i < end && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static String token(String s, int i, int end) {
        int j = i;
        while (j < end && s.charAt(j) != ' ') {
            j++;
        }
        return j > i && j < end && !s.substring(i, j).equals("-") ? s.substring(i, j) : null;
    }
}
