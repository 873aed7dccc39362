package io.usiem.parser.windows.internal;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;

/**
 * Reads the time forms Windows shippers write, by hand (a formatter per line costs more than the rest of
 * the event): {@code 2020-10-23T02:36:43.542Z}, {@code 2022-05-13T08:54:05.1230000Z} (evtx SystemTime, 7
 * digits), {@code 2020-10-19 03:30:41.104} and {@code 2020-07-21 23:27:52} (NXLog, no zone), with an
 * optional {@code +hh:mm} or {@code +hhmm} offset, also after a space (Fluent Bit's {@code 2021-01-01 12:00:00 +0900}).
 */
final class WinTimes {
    /** Returned when the text is not a time of these forms. */
    static final long INVALID = Long.MIN_VALUE;

    private WinTimes() {
    }

    /**
     * @param s the text
     * @param requireZone when true, text without Z or an offset is refused
     * @param zone the zone of text without one
     * @return epoch nanoseconds, or {@link #INVALID}
     */
    static long parse(String s, boolean requireZone, ZoneId zone) {
        if (s == null || s.length() < 19) {
            return INVALID;
        }
        int year = num(s, 0, 4);
        int month = num(s, 5, 7);
        int day = num(s, 8, 10);
        int hour = num(s, 11, 13);
        int minute = num(s, 14, 16);
        int second = num(s, 17, 19);
        char t = s.charAt(10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 60 || s.charAt(4) != '-' || s.charAt(7) != '-'
                || (t != 'T' && t != ' ') || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return INVALID;
        }
        int i = 19;
        long nanos = 0;
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
            int digits = 0;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                if (digits < 9) {
                    nanos = nanos * 10 + (s.charAt(i) - '0');
                    digits++;
                }
                i++;
            }
            for (; digits < 9; digits++) {
                nanos *= 10;
            }
        }
        long local = (days(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second);
        long offsetSeconds;
        if (i == s.length()) {
            if (requireZone) {
                return INVALID;
            }
            offsetSeconds = offset(zone, local);
        } else if (s.charAt(i) == 'Z' && i + 1 == s.length()) {
            offsetSeconds = 0;
        } else if (s.charAt(i) == ' ' && i + 1 < s.length() && (s.charAt(i + 1) == '+' || s.charAt(i + 1) == '-')
                && (s.length() - i == 6 || s.length() - i == 7)) {
            // Fluent Bit: "2021-01-01 12:00:00 +0900"
            return parse(s.substring(0, i) + s.substring(i + 1), requireZone, zone);
        } else if ((s.charAt(i) == '+' || s.charAt(i) == '-') && (s.length() - i == 6 && s.charAt(i + 3) == ':'
                || s.length() - i == 5)) {
            int oh = num(s, i + 1, i + 3);
            int om = s.length() - i == 5 ? num(s, i + 3, i + 5) : num(s, i + 4, i + 6);
            if (oh < 0 || om < 0) {
                return INVALID;
            }
            offsetSeconds = (oh * 3600L + om * 60L) * (s.charAt(i) == '-' ? -1 : 1);
        } else {
            return INVALID;
        }
        return (local - offsetSeconds) * 1_000_000_000L + nanos;
    }

    private static long offset(ZoneId zone, long localEpochSeconds) {
        if (zone instanceof ZoneOffset) {
            return ((ZoneOffset) zone).getTotalSeconds();
        }
        ZoneRules rules = zone.getRules();
        // The offset at the local time read as UTC is right except within an hour of a transition.
        return rules.getOffset(java.time.Instant.ofEpochSecond(localEpochSeconds)).getTotalSeconds();
    }

    private static int num(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date. */
    private static long days(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }
}
