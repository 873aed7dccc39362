package io.usiem.parser.fortigate.internal;

import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Fields;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The event time: {@code eventtime=} (epoch in seconds, ms, us or ns by its length: FortiOS 6.0 writes
 * seconds, 6.2+ nanoseconds) when present, else {@code date= time=} in the zone {@code tz=} names
 * ({@code +0100}, {@code -05:00}, {@code UTC+01:00}) or the configured one.
 */
final class FortiGateTime {
    /** Every offset on a quarter hour from -18:00 to +18:00 (all zones in use), so a line's tz costs no zone cache lookup. */
    private static final ZoneOffset[] QUARTER_HOURS = quarterHours();

    private FortiGateTime() {
    }

    private static ZoneOffset[] quarterHours() {
        ZoneOffset[] q = new ZoneOffset[2 * 72 + 1];
        for (int k = 0; k < q.length; k++) {
            q[k] = ZoneOffset.ofTotalSeconds((k - 72) * 900);
        }
        return q;
    }

    /** @return null when fine, or why the time is malformed */
    static String apply(KvLine kv, int[] first, EventBuilder b, ZoneId zone) {
        int tz = first[Key.tz.ordinal()];
        ZoneOffset offset = tz < 0 ? null : offset(kv.value(tz));
        if (offset != null) {
            b.set(Fields.EVENT_TIMEZONE, offset.getId().equals("Z") ? "+00:00" : offset.getId());
        }
        int et = first[Key.eventtime.ordinal()];
        if (et >= 0) {
            long v = kv.number(et);
            int digits = kv.valueEnd(et) - kv.valueStart(et);
            if (v >= 0) {
                long nanos = digits <= 11 ? v * 1_000_000_000L : digits <= 14 ? v * 1_000_000L
                        : digits <= 17 ? v * 1_000L : v;
                b.eventNanos(nanos).setTimestamp(Fields.EVENT_START, nanos);
                return null;
            }
        }
        int d = first[Key.date.ordinal()];
        int t = first[Key.time.ordinal()];
        if (d < 0 || t < 0) {
            return et >= 0 ? "FortiGate eventtime is not an epoch time: " + kv.value(et) : null;
        }
        long nanos = civil(kv, d, t, offset != null ? offset : zone);
        if (nanos == Long.MIN_VALUE) {
            return "FortiGate date/time is not a time: " + kv.value(d) + " " + kv.value(t);
        }
        b.eventNanos(nanos);
        return null;
    }

    /** {@code yyyy-MM-dd} and {@code HH:mm:ss}; null-safe on malformed text. */
    private static long civil(KvLine kv, int d, int t, ZoneId zone) {
        String s = kv.line();
        int ds = kv.valueStart(d);
        int ts = kv.valueStart(t);
        if (kv.valueEnd(d) - ds != 10 || kv.valueEnd(t) - ts < 8 || s.charAt(ds + 4) != '-' || s.charAt(ds + 7) != '-'
                || s.charAt(ts + 2) != ':' || s.charAt(ts + 5) != ':') {
            return Long.MIN_VALUE;
        }
        int year = digits(s, ds, 4);
        int month = digits(s, ds + 5, 2);
        int day = digits(s, ds + 8, 2);
        int hour = digits(s, ts, 2);
        int minute = digits(s, ts + 3, 2);
        int second = digits(s, ts + 6, 2);
        if (year < 1970 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59) {
            return Long.MIN_VALUE;
        }
        try {
            LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second);
            ZoneOffset offset = zone instanceof ZoneOffset ? (ZoneOffset) zone : zone.getRules().getOffset(local);
            return local.toEpochSecond(offset) * 1_000_000_000L;
        } catch (java.time.DateTimeException e) {
            return Long.MIN_VALUE; // 31 April
        }
    }

    /** @return the offset of {@code +0100}, {@code -05:00}, {@code +1}, {@code UTC+01:00}, or null */
    static ZoneOffset offset(String tz) {
        int i = 0;
        int n = tz.length();
        while (i < n && tz.charAt(i) >= 'A' && tz.charAt(i) <= 'Z') {
            i++;
        }
        if (i == n) {
            return i > 0 && (tz.equals("UTC") || tz.equals("GMT")) ? ZoneOffset.UTC : null;
        }
        char sign = tz.charAt(i);
        if (sign != '+' && sign != '-') {
            return null;
        }
        String rest = tz.substring(i + 1).replace(":", "");
        int hours;
        int minutes = 0;
        if (rest.length() <= 2) {
            hours = digits(rest, 0, rest.length());
        } else if (rest.length() <= 4) {
            hours = digits(rest, 0, rest.length() - 2);
            minutes = digits(rest, rest.length() - 2, 2);
        } else {
            return null;
        }
        if (hours < 0 || minutes < 0 || minutes > 59 || hours * 60 + minutes > 18 * 60) {
            return null;
        }
        int seconds = (hours * 3600 + minutes * 60) * (sign == '-' ? -1 : 1);
        return seconds % 900 == 0 ? QUARTER_HOURS[seconds / 900 + 72] : ZoneOffset.ofTotalSeconds(seconds);
    }

    private static int digits(String s, int from, int n) {
        if (n <= 0) {
            return -1;
        }
        int v = 0;
        for (int k = from; k < from + n; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
