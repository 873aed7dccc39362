package io.usiem.parser.squid.internal;

import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.parser.TextScan;

/**
 * Squid's native access.log line: {@code time elapsed remotehost code/status bytes method URL rfc931
 * peerstatus/peerhost type}, fields separated by runs of spaces (elapsed is padded). Extra fields appended
 * by a custom logformat are ignored.
 */
final class Native {
    static final int FIELDS = 10;
    private static final long NANOS = 1_000_000_000L;

    private Native() {
    }

    /** Splits s from i on runs of spaces into at most start.length tokens; @return the token count */
    static int tokens(String s, int i, int[] start, int[] end) {
        int n = s.length();
        int count = 0;
        while (count < start.length) {
            while (i < n && s.charAt(i) == ' ') {
                i++;
            }
            if (i >= n) {
                break;
            }
            start[count] = i;
            while (i < n && s.charAt(i) != ' ') {
                i++;
            }
            end[count++] = i;
        }
        return count;
    }

    /** A native line starts with an epoch time with milliseconds, then the elapsed milliseconds. */
    static boolean looksNative(String s, int[] start, int[] end, int count) {
        if (count < 4) {
            return false;
        }
        int dot = s.indexOf('.', start[0]);
        return dot > start[0] && dot < end[0] && TextScan.number(s, start[0], dot) >= 0 && TextScan.number(s, dot + 1, end[0]) >= 0
                && (TextScan.number(s, start[1], end[1]) >= 0 || isDash(s, start[1], end[1]))
                && s.indexOf('/', start[3]) > start[3] && s.indexOf('/', start[3]) < end[3];
    }

    /** @return null, or why the line is malformed */
    static String parse(EventBuilder b, String s, int[] start, int[] end, int count) {
        if (count < FIELDS) {
            return "truncated squid access.log line: " + count + " fields, " + FIELDS + " needed";
        }
        long time = TextScan.decimal(s, start[0], end[0], NANOS);
        if (time < 0) {
            return "invalid squid time '" + s.substring(start[0], end[0]) + "'";
        }
        b.eventNanos(time);
        long elapsed = TextScan.number(s, start[1], end[1]);
        if (elapsed >= 0) {
            b.set(Fields.EVENT_DURATION, elapsed * 1_000_000L);
        }
        client(b, s, start[2], end[2]);
        int slash = s.indexOf('/', start[3]);
        String result = s.substring(start[3], slash);
        long status = TextScan.number(s, slash + 1, end[3]);
        if (status < 0) {
            return "invalid status in '" + s.substring(start[3], end[3]) + "'";
        }
        long bytes = TextScan.number(s, start[4], end[4]);
        if (bytes >= 0) {
            b.set(Fields.HTTP_RESPONSE_BYTES, bytes);
        }
        String method = s.substring(start[5], end[5]);
        Result.request(b, method, s.substring(start[6], end[6]));
        user(b, s, start[7], end[7]);
        hierarchy(b, s, start[8], end[8]);
        if (!isDash(s, start[9], end[9])) {
            b.set(Fields.HTTP_RESPONSE_MIME_TYPE, s.substring(start[9], end[9]));
        }
        Result.apply(b, result, status, s, slash + 1, end[3]);
        return null;
    }

    static void client(EventBuilder b, String s, int from, int to) {
        IpAddress ip = IpAddress.tryParse(s, from, to);
        String address = s.substring(from, to);
        b.set(Fields.SOURCE_ADDRESS, address);
        if (ip != null) {
            b.set(Fields.SOURCE_IP, ip).append(Fields.RELATED_IP, ip);
        } else {
            b.set(Fields.SOURCE_DOMAIN, address);
        }
    }

    static void user(EventBuilder b, String s, int from, int to) {
        if (!isDash(s, from, to) && to > from) {
            String user = s.substring(from, to);
            b.set(Fields.USER_NAME, user).append(Fields.RELATED_USER, user);
        }
    }

    /** {@code HIER_DIRECT/142.250.184.4}, {@code DIRECT/-}, {@code FIRSTUP_PARENT/proxy.example.com}. */
    private static void hierarchy(EventBuilder b, String s, int from, int to) {
        int slash = s.indexOf('/', from);
        int codeEnd = slash > 0 && slash < to ? slash : to;
        if (codeEnd > from && !isDash(s, from, codeEnd)) {
            b.set(SquidFields.HIERARCHY_CODE, s.substring(from, codeEnd));
        }
        if (codeEnd < to && !isDash(s, codeEnd + 1, to) && to > codeEnd + 1) {
            String peer = s.substring(codeEnd + 1, to);
            b.set(SquidFields.PEER, peer);
            IpAddress ip = IpAddress.tryParse(peer);
            if (ip != null) {
                b.set(Fields.DESTINATION_IP, ip).set(Fields.DESTINATION_ADDRESS, peer).append(Fields.RELATED_IP, ip);
            } else {
                b.set(Fields.DESTINATION_ADDRESS, peer).set(Fields.DESTINATION_DOMAIN, peer);
            }
        }
    }

    static boolean isDash(String s, int from, int to) {
        return to - from == 1 && s.charAt(from) == '-';
    }
}
