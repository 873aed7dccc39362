package io.usiem.connector.sysloginput.internal;

/**
 * A hand scan of the one timestamp shape nearly every RFC 5424 sender writes, {@code 2026-11-30T02:09:20+00:00}
 * (fraction of 1-9 digits optional, {@code Z} or {@code ±hh:mm}): {@code OffsetDateTime.parse} costs more than
 * the rest of the header. Anything else (no offset, a lower-case t, seconds of 60, odd lengths) is left to
 * java.time by returning {@link #NOT_FAST}, so both paths accept exactly the same texts with the same result.
 */
final class Rfc3339 {
    /** Returned when the text is not in the fast shape (valid or not: java.time decides). */
    static final long NOT_FAST = Long.MIN_VALUE;
    private static final long NANOS = 1_000_000_000L;

    private Rfc3339() {
    }

    /** @return nanoseconds since the epoch of {@code s[start, end)}, or {@link #NOT_FAST} */
    static long parse(String s, int start, int end) {
        if (end - start < 20 || s.charAt(start + 4) != '-' || s.charAt(start + 7) != '-' || s.charAt(start + 10) != 'T'
                || s.charAt(start + 13) != ':' || s.charAt(start + 16) != ':') {
            return NOT_FAST;
        }
        int year = digits(s, start, 4);
        int month = digits(s, start + 5, 2);
        int day = digits(s, start + 8, 2);
        int hour = digits(s, start + 11, 2);
        int minute = digits(s, start + 14, 2);
        int second = digits(s, start + 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > monthLength(year, month) || hour < 0 || hour > 23
                || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return NOT_FAST;
        }
        int i = start + 19;
        long fraction = 0;
        if (s.charAt(i) == '.') {
            int from = ++i;
            while (i < end && i - from < 9 && isDigit(s.charAt(i))) {
                fraction = fraction * 10 + (s.charAt(i) - '0');
                i++;
            }
            int n = i - from;
            if (n == 0 || (i < end && isDigit(s.charAt(i)))) {
                return NOT_FAST;
            }
            for (; n < 9; n++) {
                fraction *= 10;
            }
        }
        int offsetSeconds;
        if (i == end - 1 && s.charAt(i) == 'Z') {
            offsetSeconds = 0;
        } else if (i == end - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            int oh = digits(s, i + 1, 2);
            int om = digits(s, i + 4, 2);
            if (oh < 0 || oh > 18 || om < 0 || om > 59 || (oh == 18 && om > 0)) {
                return NOT_FAST;
            }
            offsetSeconds = (oh * 3600 + om * 60) * (s.charAt(i) == '-' ? -1 : 1);
        } else {
            return NOT_FAST;
        }
        long epochSecond = epochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
        return epochSecond * NANOS + fraction;
    }

    private static int digits(String s, int at, int n) {
        int v = 0;
        for (int k = 0; k < n; k++) {
            char c = s.charAt(at + k);
            if (!isDigit(c)) {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int monthLength(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days from 1970-01-01 to a proleptic Gregorian date (year 0-9999), as {@code LocalDate.toEpochDay}. */
    private static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yoe = y - era * 400;
        int mp = (month + 9) % 12;
        int doy = (153 * mp + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097L + doe - 719_468L;
    }
}
