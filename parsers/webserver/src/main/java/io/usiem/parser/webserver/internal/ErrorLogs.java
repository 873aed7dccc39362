package io.usiem.parser.webserver.internal;

import io.usiem.api.event.EcsEventType;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.parser.SyslogClock;
import io.usiem.api.parser.TextScan;
import io.usiem.api.parser.Urls;

/**
 * Error log lines: Apache 2.4 ({@code [Wed Oct 11 14:32:52.123456 2000] [core:error] [pid 1234:tid 5678]
 * [client 1.2.3.4:5678] AH00126: ...}), Apache 2.2 ({@code [Wed Oct 11 14:32:52 2000] [error] [client 1.2.3.4] ...})
 * and nginx ({@code 2024/01/01 10:00:00 [error] 1234#5678: *9 ..., client: 1.2.3.4, server: x, request: "GET /x
 * HTTP/1.1", host: "y"}), as Elastic's apache.error and nginx.error data sets.
 */
final class ErrorLogs {
    private ErrorLogs() {
    }

    static boolean looksApache(String s, int i) {
        return s.length() > i + 26 && s.charAt(i) == '[' && SyslogClock.month(s, i + 5) > 0 && s.charAt(i + 4) == ' ';
    }

    static boolean looksNginx(String s, int i) {
        return s.length() > i + 21 && s.charAt(i + 4) == '/' && s.charAt(i + 7) == '/' && s.charAt(i + 10) == ' '
                && s.charAt(i + 13) == ':' && TextScan.isDigit(s.charAt(i));
    }

    /** @return null, or why the Apache error line is malformed */
    static String apache(EventBuilder b, String s, int i, WebFields f, SyslogClock clock) {
        int close = s.indexOf(']', i);
        if (close < 0) {
            return "apache error log: unclosed time";
        }
        long t = apacheTime(s, i + 1, close, clock);
        if (t == SyslogClock.INVALID) {
            return "apache error log: invalid time '" + s.substring(i + 1, close) + "'";
        }
        b.eventNanos(t);
        i = close + 1;
        while (i + 1 < s.length() && s.charAt(i) == ' ' && s.charAt(i + 1) == '[') {
            int end = s.indexOf(']', i + 2);
            if (end < 0) {
                return "apache error log: unclosed [" ;
            }
            bracket(b, s, i + 2, end, f);
            i = end + 1;
        }
        if (!b.has(Fields.LOG_LEVEL)) {
            return "apache error log: no level";
        }
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        if (i < s.length()) {
            String message = s.substring(i);
            b.set(Fields.MESSAGE, message);
            int ah = message.indexOf("AH");
            if (ah >= 0 && ah + 7 <= message.length() && TextScan.number(message, ah + 2, ah + 7) >= 0
                    && (ah + 7 == message.length() || message.charAt(ah + 7) == ':')) {
                b.set(Fields.ERROR_CODE, message.substring(ah, ah + 7));
            }
            int ref = message.lastIndexOf(", referer: ");
            if (ref > 0) {
                b.set(Fields.HTTP_REQUEST_REFERRER, message.substring(ref + 11));
            }
        }
        b.ecsType(severe(b) ? EcsEventType.ERROR : EcsEventType.INFO);
        return null;
    }

    /** An error log also records notices and debug lines: event.type error only from level error up. */
    private static boolean severe(EventBuilder b) {
        Object level = b.get(Fields.LOG_LEVEL);
        return "error".equals(level) || "crit".equals(level) || "alert".equals(level) || "emerg".equals(level);
    }

    /** {@code [core:error]}, {@code [error]}, {@code [pid 1:tid 2]}, {@code [client ip:port]}, {@code [remote ...]}. */
    private static void bracket(EventBuilder b, String s, int from, int to, WebFields f) {
        if (s.startsWith("pid ", from)) {
            int colon = s.indexOf(':', from);
            int pidEnd = colon > 0 && colon < to ? colon : to;
            long pid = TextScan.number(s, from + 4, pidEnd);
            if (pid >= 0) {
                b.set(Fields.PROCESS_PID, pid);
            }
            if (pidEnd < to && s.startsWith(":tid ", pidEnd)) {
                long tid = TextScan.number(s, pidEnd + 5, to);
                if (tid >= 0) {
                    b.set(Fields.PROCESS_THREAD_ID, tid);
                }
            }
        } else if (s.startsWith("client ", from)) {
            address(b, s, from + 7, to);
        } else if (s.startsWith("remote ", from)) {
            return;
        } else if (!b.has(Fields.LOG_LEVEL)) {
            int colon = s.lastIndexOf(':', to - 1);
            if (colon >= from) {
                if (colon > from) {
                    b.set(f.errorModule, s.substring(from, colon));
                }
                from = colon + 1;
            }
            if (to > from) {
                b.set(Fields.LOG_LEVEL, s.substring(from, to));
            }
        }
    }

    /** {@code 1.2.3.4}, {@code 1.2.3.4:5678}, {@code ::1:5678}, {@code [::1]:5678}. */
    private static void address(EventBuilder b, String s, int from, int to) {
        // Apache 2.4 always logs the port, also after an IPv6 address without brackets (::1:5678): split first.
        IpAddress ip = null;
        long port = -1;
        int colon = s.lastIndexOf(':', to - 1);
        if (colon > from && TextScan.number(s, colon + 1, to) >= 0) {
            int a = s.charAt(from) == '[' ? from + 1 : from;
            int z = s.charAt(colon - 1) == ']' ? colon - 1 : colon;
            ip = a < z ? IpAddress.tryParse(s, a, z) : null;
            port = ip == null ? -1 : TextScan.number(s, colon + 1, to);
        }
        if (ip == null) {
            ip = IpAddress.tryParse(s, from, to);
        }
        if (ip != null) {
            b.set(Fields.SOURCE_ADDRESS, ip.toString()).set(Fields.SOURCE_IP, ip).append(Fields.RELATED_IP, ip);
            if (port >= 0 && port <= 65535) {
                b.set(Fields.SOURCE_PORT, port);
            }
        } else if (to > from) {
            b.set(Fields.SOURCE_ADDRESS, s.substring(from, to));
        }
    }

    /** {@code Wed Oct 11 14:32:52.123456 2000} (2.4) or {@code Wed Oct 11 14:32:52 2000} (2.2), local time. */
    static long apacheTime(String s, int from, int to, SyslogClock clock) {
        int i = from + 4;
        int month = SyslogClock.month(s, i);
        i += 4;
        if (month == 0 || i + 11 > to) {
            return SyslogClock.INVALID;
        }
        if (s.charAt(i) == ' ') {
            i++;
        }
        int sp = s.indexOf(' ', i);
        if (sp < 0 || sp > to || sp - i > 2) {
            return SyslogClock.INVALID;
        }
        long day = TextScan.number(s, i, sp);
        i = sp + 1;
        if (i + 8 > to || s.charAt(i + 2) != ':' || s.charAt(i + 5) != ':') {
            return SyslogClock.INVALID;
        }
        int hour = TextScan.digits(s, i, 2);
        int minute = TextScan.digits(s, i + 3, 2);
        int second = TextScan.digits(s, i + 6, 2);
        i += 8;
        int nano = 0;
        if (i < to && s.charAt(i) == '.') {
            int start = ++i;
            while (i < to && TextScan.isDigit(s.charAt(i))) {
                if (i - start < 9) {
                    nano = nano * 10 + s.charAt(i) - '0';
                }
                i++;
            }
            for (int k = Math.min(i - start, 9); k < 9; k++) {
                nano *= 10;
            }
        }
        if (i >= to || s.charAt(i) != ' ' || to - i - 1 != 4) {
            return SyslogClock.INVALID;
        }
        int year = TextScan.digits(s, i + 1, 4);
        if (day < 0 || hour < 0 || minute < 0 || second < 0 || year < 0) {
            return SyslogClock.INVALID;
        }
        return clock.local(year, month, (int) day, hour, minute, second, nano);
    }

    /** @return null, or why the nginx error line is malformed */
    static String nginx(EventBuilder b, String s, int i, WebFields f, SyslogClock clock) {
        int year = TextScan.digits(s, i, 4);
        int month = TextScan.digits(s, i + 5, 2);
        int day = TextScan.digits(s, i + 8, 2);
        int hour = TextScan.digits(s, i + 11, 2);
        int minute = TextScan.digits(s, i + 14, 2);
        int second = TextScan.digits(s, i + 17, 2);
        long t = year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || s.charAt(i + 16) != ':'
                ? SyslogClock.INVALID : clock.local(year, month, day, hour, minute, second, 0);
        if (t == SyslogClock.INVALID) {
            return "nginx error log: invalid time";
        }
        b.eventNanos(t);
        i += 19;
        if (!s.startsWith(" [", i)) {
            return "nginx error log: no [level] after the time";
        }
        int close = s.indexOf(']', i);
        if (close < 0) {
            return "nginx error log: unclosed [level]";
        }
        b.set(Fields.LOG_LEVEL, s.substring(i + 2, close));
        i = close + 1;
        int hash = s.indexOf('#', i);
        int colon = s.indexOf(':', i);
        if (s.startsWith(" ", i) && hash > i && colon > hash) {
            long pid = TextScan.number(s, i + 1, hash);
            long tid = TextScan.number(s, hash + 1, colon);
            if (pid >= 0) {
                b.set(Fields.PROCESS_PID, pid);
            }
            if (tid >= 0) {
                b.set(Fields.PROCESS_THREAD_ID, tid);
            }
            i = colon + 1;
        }
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '*') {
            int sp = s.indexOf(' ', i);
            long id = TextScan.number(s, i + 1, sp < 0 ? s.length() : sp);
            if (id >= 0) {
                b.set(f.connectionId, id);
            }
            i = sp < 0 ? s.length() : sp + 1;
        }
        if (i < s.length()) {
            String message = s.substring(i);
            b.set(Fields.MESSAGE, message);
            context(b, message, f);
        }
        b.ecsType(severe(b) ? EcsEventType.ERROR : EcsEventType.INFO);
        return null;
    }

    /** The {@code , client: ..., server: ..., request: "...", host: "..."} context nginx appends. */
    private static void context(EventBuilder b, String m, WebFields f) {
        int c = m.indexOf(", client: ");
        if (c < 0) {
            return;
        }
        int from = c + 10;
        int end = m.indexOf(", ", from);
        address(b, m, from, end < 0 ? m.length() : end);
        String server = value(m, ", server: ");
        if (server != null) {
            b.set(f.errorServer, server);
        }
        String request = value(m, ", request: ");
        if (request != null && !Urls.request(b, request, 0, request.length())) {
            b.set(f.request, request);
        }
        String host = value(m, ", host: ");
        if (host != null) {
            Urls.authority(b, host, 0, host.length());
        }
        String referrer = value(m, ", referrer: ");
        if (referrer != null) {
            b.set(Fields.HTTP_REQUEST_REFERRER, referrer);
        }
    }

    private static String value(String m, String key) {
        int k = m.indexOf(key);
        if (k < 0) {
            return null;
        }
        int from = k + key.length();
        if (from < m.length() && m.charAt(from) == '"') {
            int end = m.indexOf('"', from + 1);
            return end < 0 ? null : m.substring(from + 1, end);
        }
        int end = m.indexOf(", ", from);
        String v = m.substring(from, end < 0 ? m.length() : end);
        return v.isEmpty() ? null : v;
    }
}
