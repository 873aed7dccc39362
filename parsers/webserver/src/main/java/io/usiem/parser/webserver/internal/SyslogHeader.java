package io.usiem.parser.webserver.internal;

/**
 * The syslog header in front of a line read from a file or sent by a relay: BSD
 * ({@code <190>Nov 29 23:54:02 web01 nginx: }), RFC 5424 ({@code <190>1 2024-01-01T10:00:00Z web01 nginx - - - })
 * or none (the line starts with neither a PRI nor a timestamp). Mutable, one per line.
 */
final class SyslogHeader {
    int priority = -1;
    String version;
    long timeNanos = SyslogClock.INVALID;
    String hostname;
    String appName;
    String procId;
    boolean present;
    int bodyStart;

    /** @return null when read (or absent), else why the header is malformed */
    String read(String s, SyslogClock clock, long receivedNanos) {
        int n = s.length();
        int i = 0;
        if (n > 0 && s.charAt(0) == '<') {
            int pri = 0;
            int k = 1;
            while (k < n && k < 5 && SyslogTimestamps.isDigit(s.charAt(k))) {
                pri = pri * 10 + s.charAt(k++) - '0';
            }
            if (k == 1 || k >= n || s.charAt(k) != '>' || pri > 191) {
                return "invalid syslog PRI";
            }
            priority = pri;
            i = k + 1;
            if (i + 1 < n && s.charAt(i) == '1' && s.charAt(i + 1) == ' ') {
                return read5424(s, i + 2, clock);
            }
        }
        i = skipSpaces(s, i);
        SyslogTimestamps ts = new SyslogTimestamps();
        int end = ts.bsd(s, i, clock, receivedNanos);
        if (end < 0) {
            end = ts.iso(s, i, clock);
        }
        if (end >= 0) {
            timeNanos = ts.nanos;
            i = skipSpaces(s, end);
        } else if (priority < 0) {
            bodyStart = 0;
            return null;
        }
        present = true;
        readTag(s, i);
        return null;
    }

    /** {@code host tag: } or {@code tag: } (pfSense's BSD lines name no host), else the body starts at i. */
    private void readTag(String s, int i) {
        bodyStart = i;
        int sp = s.indexOf(' ', i);
        if (sp < 0) {
            return;
        }
        if (tag(s, i, sp)) {
            bodyStart = sp + 1;
            return;
        }
        int sp2 = s.indexOf(' ', sp + 1);
        if (sp2 > 0 && sp > i && tag(s, sp + 1, sp2)) {
            hostname = s.substring(i, sp);
            bodyStart = sp2 + 1;
        }
    }

    /** Reads {@code app:} or {@code app[pid]:} in s[from, to) into appName and procId. */
    private boolean tag(String s, int from, int to) {
        if (to - from < 2 || to - from > 64 || s.charAt(to - 1) != ':') {
            return false;
        }
        int end = to - 1;
        int bracket = s.indexOf('[', from);
        if (bracket >= 0 && bracket < end) {
            if (bracket == from || s.charAt(end - 1) != ']') {
                return false;
            }
            procId = s.substring(bracket + 1, end - 1);
            end = bracket;
        }
        for (int k = from; k < end; k++) {
            char c = s.charAt(k);
            // Squid 4+ names itself "(squid-1)" in its syslog tag.
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '/' || c == '(' || c == ')')) {
                procId = null;
                return false;
            }
        }
        appName = s.substring(from, end);
        return true;
    }

    private String read5424(String s, int i, SyslogClock clock) {
        version = "1";
        present = true;
        int n = s.length();
        if (i < n && s.charAt(i) == '-') {
            i++;
        } else {
            SyslogTimestamps ts = new SyslogTimestamps();
            int end = ts.iso(s, i, clock);
            if (end < 0) {
                return "invalid RFC 5424 timestamp";
            }
            timeNanos = ts.nanos;
            i = end;
        }
        String[] tokens = new String[3];
        for (int t = 0; t < 4; t++) {
            if (i >= n || s.charAt(i) != ' ') {
                return "truncated RFC 5424 header";
            }
            int start = i + 1;
            int sp = s.indexOf(' ', start);
            if (sp < 0) {
                return "truncated RFC 5424 header";
            }
            if (t < 3) {
                tokens[t] = sp - start == 1 && s.charAt(start) == '-' ? null : s.substring(start, sp);
            }
            i = sp;
        }
        hostname = tokens[0];
        appName = tokens[1];
        procId = tokens[2];
        i++;
        if (i < n && s.charAt(i) == '-') {
            i++;
        } else if (i < n && s.charAt(i) == '[') {
            i = skipStructuredData(s, i);
            if (i < 0) {
                return "malformed RFC 5424 structured data";
            }
        } else {
            return "truncated RFC 5424 header";
        }
        bodyStart = i < n && s.charAt(i) == ' ' ? i + 1 : i;
        return null;
    }

    /** @return the index after the SD elements starting at i, or -1 when they do not close */
    static int skipStructuredData(String s, int i) {
        int n = s.length();
        while (i < n && s.charAt(i) == '[') {
            boolean quoted = false;
            int k = i + 1;
            for (; k < n; k++) {
                char c = s.charAt(k);
                if (c == '\\' && quoted) {
                    k++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ']' && !quoted) {
                    break;
                }
            }
            if (k >= n) {
                return -1;
            }
            i = k + 1;
        }
        return i;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
