package io.usiem.parser.squid.internal;

import io.usiem.api.event.EcsEventType;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.parser.SyslogClock;
import io.usiem.api.parser.TextScan;

/**
 * squidGuard's log: {@code 2024-01-01 10:00:00 [1234] Request(default/ads/-) http://ads.example.com/x
 * 10.0.0.1/- - GET REDIRECT} (source group, category, rewrite; URL; client address/FQDN; ident; method;
 * action), and its other lines ({@code [1234] INFO: squidGuard 1.6.0 started}) as plain messages.
 */
final class SquidGuard {
    private SquidGuard() {
    }

    /** {@code yyyy-MM-dd HH:mm:ss [} */
    static boolean looksGuard(String s, int i) {
        return s.length() > i + 21 && s.charAt(i + 4) == '-' && s.charAt(i + 7) == '-' && s.charAt(i + 10) == ' '
                && s.charAt(i + 13) == ':' && s.charAt(i + 16) == ':' && s.charAt(i + 19) == ' ' && s.charAt(i + 20) == '[';
    }

    /** @return null, or why the line is malformed */
    static String parse(EventBuilder b, String s, int i, SyslogClock clock) {
        int year = TextScan.digits(s, i, 4);
        int month = TextScan.digits(s, i + 5, 2);
        int day = TextScan.digits(s, i + 8, 2);
        int hour = TextScan.digits(s, i + 11, 2);
        int minute = TextScan.digits(s, i + 14, 2);
        int second = TextScan.digits(s, i + 17, 2);
        long t = year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 ? SyslogClock.INVALID
                : clock.local(year, month, day, hour, minute, second, 0);
        if (t == SyslogClock.INVALID) {
            return "squidGuard: invalid time";
        }
        b.eventNanos(t);
        int close = s.indexOf(']', i + 21);
        if (close < 0) {
            return "squidGuard: unclosed [pid]";
        }
        long pid = TextScan.number(s, i + 21, close);
        if (pid >= 0) {
            b.set(Fields.PROCESS_PID, pid);
        }
        int body = close + 1;
        while (body < s.length() && s.charAt(body) == ' ') {
            body++;
        }
        if (!s.startsWith("Request(", body)) {
            b.category(EventCategory.GENERIC).ecsType(EcsEventType.INFO);
            if (body < s.length()) {
                b.set(Fields.MESSAGE, s.substring(body));
            }
            return null;
        }
        int rclose = s.indexOf(')', body);
        if (rclose < 0) {
            return "squidGuard: unclosed Request(";
        }
        int slash1 = s.indexOf('/', body + 8);
        int slash2 = slash1 < 0 ? -1 : s.indexOf('/', slash1 + 1);
        if (slash1 < 0 || slash2 < 0 || slash2 > rclose) {
            return "squidGuard: Request(source/category/rewrite) expected";
        }
        set(b, SquidFields.GUARD_SOURCE, s, body + 8, slash1);
        set(b, Fields.RULE_CATEGORY, s, slash1 + 1, slash2);
        set(b, SquidFields.GUARD_REWRITE, s, slash2 + 1, rclose);
        int[] start = new int[5];
        int[] end = new int[5];
        int count = Native.tokens(s, rclose + 1, start, end);
        if (count < 4) {
            return "squidGuard: truncated request (" + count + " of url, client, ident, method)";
        }
        String url = s.substring(start[0], end[0]);
        String method = s.substring(start[3], end[3]);
        Result.request(b, method, url);
        int clientSlash = s.indexOf('/', start[1]);
        int ipEnd = clientSlash > 0 && clientSlash < end[1] ? clientSlash : end[1];
        IpAddress ip = IpAddress.tryParse(s, start[1], ipEnd);
        if (ip != null) {
            b.set(Fields.SOURCE_IP, ip).set(Fields.SOURCE_ADDRESS, ip.toString()).append(Fields.RELATED_IP, ip);
        }
        if (ipEnd < end[1] && !Native.isDash(s, ipEnd + 1, end[1]) && ipEnd + 1 < end[1]) {
            String fqdn = s.substring(ipEnd + 1, end[1]);
            if (IpAddress.tryParse(fqdn) == null) {
                b.set(Fields.SOURCE_DOMAIN, fqdn);
            }
        }
        Native.user(b, s, start[2], end[2]);
        String action = count >= 5 ? s.substring(start[4], end[4]) : "REDIRECT";
        if (count >= 5) {
            b.set(SquidFields.GUARD_ACTION, action);
        }
        b.ecsType(EcsEventType.ACCESS);
        if ("PASS".equals(action)) {
            b.ecsType(EcsEventType.ALLOWED).set(Fields.EVENT_ACTION, "pass").set(Fields.EVENT_OUTCOME, "success");
        } else {
            // squidGuard logs what it blocks: the request was redirected to the block page (or rewritten).
            b.ecsType(EcsEventType.DENIED).set(Fields.EVENT_ACTION, "redirect").set(Fields.EVENT_OUTCOME, "failure");
        }
        return null;
    }

    private static void set(EventBuilder b, io.usiem.api.event.Field field, String s, int from, int to) {
        if (to > from && !Native.isDash(s, from, to)) {
            b.set(field, s.substring(from, to));
        }
    }
}
