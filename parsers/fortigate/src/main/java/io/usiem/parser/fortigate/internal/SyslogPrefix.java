package io.usiem.parser.fortigate.internal;

/**
 * Finds where the FortiGate body starts behind an optional syslog header: {@code <PRI>}, RFC 5424
 * ({@code <PRI>1 TIME HOST APP PROCID MSGID SD}), BSD ({@code Mmm dd hh:mm:ss HOST [tag:]}) or an
 * ISO-8601 timestamp written by a relay, each optional. Allocation-free except for the host name.
 */
final class SyslogPrefix {
    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

    /** Syslog priority, -1 when absent. */
    int priority = -1;
    /** Host name the header names, or null. */
    String hostname;
    /** Index of the first character of the body. */
    int bodyStart;

    /**
     * @param s the line
     * @return this, with {@link #bodyStart} at the body (0 when the line has no header)
     */
    SyslogPrefix read(String s) {
        int n = s.length();
        int i = 0;
        if (n > 2 && s.charAt(0) == '<') {
            int pri = 0;
            int k = 1;
            while (k < n && k < 5 && isDigit(s.charAt(k))) {
                pri = pri * 10 + (s.charAt(k) - '0');
                k++;
            }
            if (k > 1 && k < n && s.charAt(k) == '>' && pri <= 191) {
                priority = pri;
                i = k + 1;
                if (i + 1 < n && s.charAt(i) == '1' && s.charAt(i + 1) == ' ') {
                    return rfc5424(s, i + 2);
                }
            }
        }
        i = skipSpaces(s, i);
        int afterTime = bsdTime(s, i);
        if (afterTime < 0) {
            afterTime = isoTime(s, i);
        }
        if (afterTime < 0) {
            bodyStart = i;
            return this;
        }
        i = skipSpaces(s, afterTime);
        int sp = s.indexOf(' ', i);
        if (sp > i && s.charAt(sp - 1) != ':' && !looksLikeBody(s, i, sp)) {
            hostname = s.substring(i, sp);
            i = skipSpaces(s, sp);
            sp = s.indexOf(' ', i);
        }
        if (sp > i + 1 && s.charAt(sp - 1) == ':' && isTag(s, i, sp - 1)) {
            i = sp + 1;
        }
        bodyStart = i;
        return this;
    }

    /** A body token (CSV with commas, or key=value) is never a host name. */
    private static boolean looksLikeBody(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == ',' || c == '=') {
                return true;
            }
        }
        return false;
    }

    private SyslogPrefix rfc5424(String s, int i) {
        int n = s.length();
        for (int t = 0; t < 5; t++) {
            int sp = s.indexOf(' ', i);
            if (sp < 0) {
                bodyStart = n;
                return this;
            }
            if (t == 1 && !(sp == i + 1 && s.charAt(i) == '-')) {
                hostname = s.substring(i, sp);
            }
            i = sp + 1;
        }
        if (i < n && s.charAt(i) == '[') {
            boolean quoted = false;
            while (i < n) {
                char c = s.charAt(i);
                if (c == '\\' && quoted) {
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ']' && !quoted && (i + 1 >= n || s.charAt(i + 1) != '[')) {
                    i++;
                    break;
                }
                i++;
            }
        } else if (i < n && s.charAt(i) == '-') {
            i++;
        }
        if (i < n && s.charAt(i) == ' ') {
            i++;
        }
        if (i < n && s.charAt(i) == '\uFEFF') {
            i++;
        }
        bodyStart = Math.min(i, n);
        return this;
    }

    /** @return index after {@code Mmm dd [yyyy] hh:mm:ss[.fff]}, or -1 */
    private static int bsdTime(String s, int i) {
        int n = s.length();
        if (i + 15 > n || s.charAt(i + 3) != ' ') {
            return -1;
        }
        int m = MONTHS.indexOf(s.substring(i, i + 3));
        if (m < 0 || m % 3 != 0) {
            return -1;
        }
        i = skipSpaces(s, i + 4);
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        i = skipSpaces(s, i);
        if (i + 5 <= n && s.charAt(i + 4) == ' ' && isDigit(s.charAt(i)) && isDigit(s.charAt(i + 3))) {
            i += 5; // "Mmm dd yyyy hh:mm:ss"
        }
        if (i + 8 > n || s.charAt(i + 2) != ':' || s.charAt(i + 5) != ':') {
            return -1;
        }
        i += 8;
        while (i < n && (s.charAt(i) == '.' || isDigit(s.charAt(i)))) {
            i++;
        }
        return i;
    }

    /** @return index after an ISO-8601 timestamp token ({@code 2024-03-13T11:41:28+01:00}), or -1 */
    private static int isoTime(String s, int i) {
        int n = s.length();
        if (i + 19 > n || s.charAt(i + 4) != '-' || s.charAt(i + 10) != 'T' || !isDigit(s.charAt(i))) {
            return -1;
        }
        int sp = s.indexOf(' ', i);
        return sp < 0 ? -1 : sp;
    }

    /** A syslog tag: {@code app} or {@code app[pid]} of name characters. */
    private static boolean isTag(String s, int from, int to) {
        if (to - from > 48) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '/' || c == '[' || c == ']')) {
                return false;
            }
        }
        return true;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
