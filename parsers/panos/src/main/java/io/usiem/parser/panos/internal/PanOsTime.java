package io.usiem.parser.panos.internal;

import io.usiem.api.parser.TextScan;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Hand-written readers of PAN-OS times: {@code yyyy/MM/dd HH:mm:ss} in the firewall's zone, and ISO-8601 with offset. */
final class PanOsTime {
    /** Returned for text that is not a time. */
    static final long INVALID = Long.MIN_VALUE;

    private PanOsTime() {
    }

    /**
     * @param s text
     * @param from first index
     * @param to index after the last
     * @param zone the zone of times without offset
     * @return nanoseconds since the epoch, or {@link #INVALID}
     */
    static long slashed(String s, int from, int to, ZoneId zone) {
        if (to - from != 19 || s.charAt(from + 4) != '/' || s.charAt(from + 7) != '/' || s.charAt(from + 10) != ' '
                || s.charAt(from + 13) != ':' || s.charAt(from + 16) != ':') {
            return INVALID;
        }
        int year = digits(s, from, 4);
        int month = digits(s, from + 5, 2);
        int day = digits(s, from + 8, 2);
        int hour = digits(s, from + 11, 2);
        int minute = digits(s, from + 14, 2);
        int second = digits(s, from + 17, 2);
        return civil(year, month, day, hour, minute, second, 0, zone);
    }

    /** @return nanoseconds of {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|+hh:mm|+hhmm)}, or {@link #INVALID} */
    static long iso(String s, int from, int to, ZoneId zone) {
        if (to - from < 19 || s.charAt(from + 4) != '-' || s.charAt(from + 7) != '-' || s.charAt(from + 10) != 'T'
                || s.charAt(from + 13) != ':' || s.charAt(from + 16) != ':') {
            return INVALID;
        }
        int i = from + 19;
        int nano = 0;
        if (i < to && s.charAt(i) == '.') {
            int digits = 0;
            i++;
            while (i < to && TextScan.isDigit(s.charAt(i))) {
                if (digits < 9) {
                    nano = nano * 10 + (s.charAt(i) - '0');
                    digits++;
                }
                i++;
            }
            for (; digits < 9; digits++) {
                nano *= 10;
            }
        }
        ZoneId z = zone;
        if (i < to) {
            char c = s.charAt(i);
            if (c == 'Z' && i + 1 == to) {
                z = ZoneOffset.UTC;
            } else if ((c == '+' || c == '-') && (to - i == 6 && s.charAt(i + 3) == ':' || to - i == 5)) {
                int hh = digits(s, i + 1, 2);
                int mm = digits(s, to - 2, 2);
                if (hh < 0 || mm < 0 || hh > 18 || mm > 59) {
                    return INVALID;
                }
                int secs = (hh * 3600 + mm * 60) * (c == '-' ? -1 : 1);
                z = ZoneOffset.ofTotalSeconds(secs);
            } else {
                return INVALID;
            }
        }
        return civil(digits(s, from, 4), digits(s, from + 5, 2), digits(s, from + 8, 2), digits(s, from + 11, 2),
                digits(s, from + 14, 2), digits(s, from + 17, 2), nano, z);
    }

    private static long civil(int year, int month, int day, int hour, int minute, int second, int nano, ZoneId zone) {
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 60 || day > lengthOfMonth(year, month)) {
            return INVALID;
        }
        long offsetSeconds;
        if (zone instanceof ZoneOffset) {
            offsetSeconds = ((ZoneOffset) zone).getTotalSeconds();
        } else {
            offsetSeconds = zone.getRules().getOffset(LocalDateTime.of(year, month, day, hour, minute, Math.min(second, 59)))
                    .getTotalSeconds();
        }
        long epochSecond = epochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
        return epochSecond * 1_000_000_000L + nano;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
    private static long epochDay(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    private static int lengthOfMonth(int year, int month) {
        if (month == 2) {
            return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /** @return the decimal value of n digits at from, or -1 when one is not a digit */
    static int digits(String s, int from, int n) {
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
