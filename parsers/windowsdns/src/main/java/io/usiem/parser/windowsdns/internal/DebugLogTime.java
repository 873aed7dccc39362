package io.usiem.parser.windowsdns.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;

/**
 * Reads the debug log's local date and time as the server's regional settings wrote it:
 * {@code 6/5/2013 10:00:32 AM} (M/d/yyyy, 12-hour), {@code 5/6/2013 10:00:32} (d/M/yyyy, 24-hour),
 * {@code 05.06.2013 10:00:32} and {@code 2013-06-05 10:00:32}. Stateless.
 */
final class DebugLogTime {
    /** How to read the two numbers of a d/M or M/d date. */
    enum Order { AUTO, MDY, DMY }

    /** Set by {@link #parse}: the position after the time (and AM/PM). */
    static final class Result {
        long epochNanos;
        int end;
    }

    private final ZoneId zone;
    private final ZoneRules rules;
    private final int fixedOffset;
    private final Order order;

    DebugLogTime(ZoneId zone, Order order) {
        this.zone = zone;
        this.order = order;
        this.rules = zone.getRules();
        this.fixedOffset = zone instanceof ZoneOffset ? ((ZoneOffset) zone).getTotalSeconds()
                : rules.isFixedOffset() ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : Integer.MIN_VALUE;
    }

    ZoneId zone() {
        return zone;
    }

    /** @return whether a date and time start at {@code at}; fills {@code out} */
    boolean parse(String s, int at, Result out) {
        int n = s.length();
        int i = at;
        int a = 0;
        int da = 0;
        while (i < n && isDigit(s.charAt(i)) && da < 4) {
            a = a * 10 + (s.charAt(i++) - '0');
            da++;
        }
        if (da == 0 || i >= n) {
            return false;
        }
        char sep = s.charAt(i);
        if (sep != '/' && sep != '.' && sep != '-') {
            return false;
        }
        i++;
        int b = 0;
        int db = 0;
        while (i < n && isDigit(s.charAt(i)) && db < 2) {
            b = b * 10 + (s.charAt(i++) - '0');
            db++;
        }
        if (db == 0 || i >= n || s.charAt(i) != sep) {
            return false;
        }
        i++;
        int c = 0;
        int dc = 0;
        while (i < n && isDigit(s.charAt(i)) && dc < 4) {
            c = c * 10 + (s.charAt(i++) - '0');
            dc++;
        }
        if (dc == 0 || i >= n || s.charAt(i) != ' ') {
            return false;
        }
        i++;
        int hour = 0;
        int dh = 0;
        while (i < n && isDigit(s.charAt(i)) && dh < 2) {
            hour = hour * 10 + (s.charAt(i++) - '0');
            dh++;
        }
        if (dh == 0 || i + 5 >= n || s.charAt(i) != ':' || !isDigit(s.charAt(i + 1))
                || !isDigit(s.charAt(i + 2)) || s.charAt(i + 3) != ':' || !isDigit(s.charAt(i + 4))
                || !isDigit(s.charAt(i + 5))) {
            return false;
        }
        int minute = (s.charAt(i + 1) - '0') * 10 + (s.charAt(i + 2) - '0');
        int second = (s.charAt(i + 4) - '0') * 10 + (s.charAt(i + 5) - '0');
        i += 6;
        boolean twelveHour = false;
        if (i + 3 <= n && s.charAt(i) == ' ' && (s.charAt(i + 1) == 'A' || s.charAt(i + 1) == 'P')
                && s.charAt(i + 2) == 'M' && (i + 3 == n || s.charAt(i + 3) == ' ')) {
            twelveHour = true;
            if (hour < 1 || hour > 12) {
                return false;
            }
            hour = hour % 12 + (s.charAt(i + 1) == 'P' ? 12 : 0);
            i += 3;
        }
        int year;
        int month;
        int day;
        if (da == 4) {
            year = a;
            month = b;
            day = c;
        } else {
            if (dc != 4) {
                return false;
            }
            year = c;
            boolean monthFirst = switch (order) {
                case MDY -> true;
                case DMY -> false;
                default -> a > 12 ? false : b > 12 ? true : twelveHour;
            };
            month = monthFirst ? a : b;
            day = monthFirst ? b : a;
        }
        if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
            return false;
        }
        long local = days(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second;
        int offset = fixedOffset != Integer.MIN_VALUE ? fixedOffset
                : rules.getOffset(Instant.ofEpochSecond(local)).getTotalSeconds();
        out.epochNanos = (local - offset) * 1_000_000_000L;
        out.end = i;
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static long days(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }
}
