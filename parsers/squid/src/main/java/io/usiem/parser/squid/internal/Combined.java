package io.usiem.parser.squid.internal;

import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Fields;
import io.usiem.api.parser.SyslogClock;
import io.usiem.api.parser.TextScan;

/**
 * Squid's common and combined access.log formats ({@code emulate_httpd_log}, {@code logformat common} and
 * {@code combined}): {@code client ident user [time] "method URL HTTP/v" status bytes "referer" "agent"
 * code:hierarchy}, the referer, agent and codes optional.
 */
final class Combined {
    private Combined() {
    }

    /** The token after the two identity tokens opens the bracketed time. */
    static boolean looksCommon(String s, int[] start, int count) {
        return count >= 7 && s.charAt(start[3]) == '[';
    }

    /**
     * A proxy's request names an absolute URL or a CONNECT authority; a web server's names a path. Lets a
     * guessing kernel leave Apache's and nginx's common lines to their parser.
     */
    static boolean looksProxy(String s, int[] start, int[] end, int count) {
        if (count < 7) {
            return false;
        }
        int url = s.indexOf("://", start[6]);
        return (url > start[6] && url < end[6]) || s.startsWith("\"CONNECT", start[5]);
    }

    /** @return null, or why the line is malformed */
    static String parse(EventBuilder b, String s, int from, SyslogClock clock) {
        int sp = s.indexOf(' ', from);
        Native.client(b, s, from, sp);
        int sp2 = s.indexOf(' ', sp + 1);
        int open = s.indexOf(" [", sp2);
        if (sp2 < 0 || open < 0) {
            return "truncated squid common line";
        }
        Native.user(b, s, sp2 + 1, open);
        int close = s.indexOf(']', open);
        if (close < 0) {
            return "squid common line: unclosed time";
        }
        long t = clock.commonLogTime(s, open + 2, close);
        if (t == SyslogClock.INVALID) {
            return "squid common line: invalid time '" + s.substring(open + 2, close) + "'";
        }
        b.eventNanos(t);
        int q = close + 2;
        if (q >= s.length() || s.charAt(q) != '"') {
            return "squid common line: no quoted request";
        }
        int qEnd = s.indexOf('"', q + 1);
        if (qEnd < 0) {
            return "squid common line: unclosed request";
        }
        if (!request(b, s, q + 1, qEnd)) {
            return "squid common line: malformed request";
        }
        int[] start = new int[6];
        int[] end = new int[6];
        int count = Native.tokens(s, qEnd + 1, start, end);
        if (count < 2) {
            return "squid common line: no status and size";
        }
        int statusFrom = start[0];
        int statusTo = end[0];
        long status = TextScan.number(s, start[0], end[0]);
        long bytes = TextScan.number(s, start[1], end[1]);
        if (status < 0 || bytes < 0 && !Native.isDash(s, start[1], end[1])) {
            return "squid common line: invalid status or size";
        }
        if (bytes >= 0) {
            b.set(Fields.HTTP_RESPONSE_BYTES, bytes);
        }
        int i = end[1];
        String referrer = quoted(s, i);
        if (referrer != null) {
            i = s.indexOf('"', s.indexOf('"', i) + 1) + 1;
            if (!"-".equals(referrer)) {
                b.set(Fields.HTTP_REQUEST_REFERRER, referrer);
            }
            String agent = quoted(s, i);
            if (agent != null) {
                i = s.indexOf('"', s.indexOf('"', i) + 1) + 1;
                if (!"-".equals(agent)) {
                    b.set(Fields.USER_AGENT_ORIGINAL, agent);
                }
            }
        }
        String result;
        int codes = Native.tokens(s, i, start, end);
        int colon = codes > 0 ? s.indexOf(':', start[0]) : -1;
        if (colon > start[0] && colon < end[0]) {
            result = s.substring(start[0], colon);
            if (colon + 1 < end[0] && !Native.isDash(s, colon + 1, end[0])) {
                b.set(SquidFields.HIERARCHY_CODE, s.substring(colon + 1, end[0]));
            }
            Result.apply(b, result, status, s, statusFrom, statusTo);
        } else {
            if (status > 0) {
                b.set(Fields.HTTP_RESPONSE_STATUS_CODE, status);
            }
            Result.applyStatusOnly(b, status);
        }
        return null;
    }

    private static String quoted(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        if (i >= s.length() || s.charAt(i) != '"') {
            return null;
        }
        int end = s.indexOf('"', i + 1);
        return end < 0 ? null : s.substring(i + 1, end);
    }

    private static boolean request(EventBuilder b, String s, int from, int to) {
        int sp = s.indexOf(' ', from);
        if (sp <= from || sp >= to) {
            return false;
        }
        int last = s.lastIndexOf(' ', to - 1);
        int urlEnd = to;
        if (last > sp && s.startsWith("HTTP/", last + 1)) {
            urlEnd = last;
            if (last + 6 < to) {
                b.set(Fields.HTTP_VERSION, s.substring(last + 6, to));
            }
        }
        if (urlEnd <= sp + 1) {
            return false;
        }
        Result.request(b, s.substring(from, sp), s.substring(sp + 1, urlEnd));
        return true;
    }
}
