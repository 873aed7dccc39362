package io.usiem.api.parser;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Turns the calendar fields of log timestamps into epoch nanoseconds without java.time's per-line objects:
 * a firewall logs a million lines a second. For a zone with rules the epoch second of each local hour is
 * computed once by java.time and cached (one immutable entry, replaced when the hour changes), so only the
 * first line of each hour pays for the zone rules. Thread-safe: a parser keeps one for its configured zone.
 *
 * @since 1.1
 */
public final class SyslogClock {
    /** Returned for a timestamp that is not a valid date and time. */
    public static final long INVALID = Long.MIN_VALUE;
    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";
    private static final long NANOS = 1_000_000_000L;
    private static final long DAY = 86_400 * NANOS;

    private final ZoneId zone;
    private final int fixedOffsetSeconds;
    private final boolean fixed;
    private volatile Hour lastHour = new Hour(-1, 0);

    private record Hour(long key, long epochSecond) {
    }

    /** @param zone the zone of timestamps that carry no offset */
    public SyslogClock(ZoneId zone) {
        this.zone = zone;
        this.fixed = zone instanceof ZoneOffset;
        this.fixedOffsetSeconds = fixed ? ((ZoneOffset) zone).getTotalSeconds() : 0;
    }

    /**
     * The zone a parser's configuration names, read at activation: an id that names no zone fails the
     * activation with a message naming the configuration and the id, rather than parsing in a wrong zone.
     *
     * @param pid the configuration's PID (or factory PID)
     * @param id the configured zone id ({@code UTC}, {@code Europe/Paris}, {@code +02:00})
     * @return the zone
     * @throws IllegalArgumentException when the id names no zone
     */
    public static ZoneId configuredZone(String pid, String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(pid + ": unknown timezone '" + id + "'", e);
        }
    }

    /** @return the zone of timestamps that carry no offset */
    public ZoneId zone() {
        return zone;
    }

    /**
     * @param s text
     * @param i where an English month abbreviation ({@code Jan}...{@code Dec}) may start
     * @return 1-12 for the month at {@code s[i, i+3)}, else 0
     */
    public static int month(String s, int i) {
        if (i < 0 || i + 3 > s.length()) {
            return 0;
        }
        for (int m = 0; m < 12; m++) {
            if (s.regionMatches(i, MONTHS, m * 3, 3)) {
                return m + 1;
            }
        }
        return 0;
    }

    /**
     * @return the epoch nanoseconds of a local time in this clock's zone, or {@link #INVALID} when a field is
     *     out of range (second 60 is accepted for leap seconds)
     */
    public long local(int year, int month, int day, int hour, int minute, int second, int nano) {
        if (!valid(year, month, day, hour, minute, second)) {
            return INVALID;
        }
        long epochSecond;
        if (fixed) {
            epochSecond = daysFromCivil(year, month, day) * 86_400L + hour * 3600L - fixedOffsetSeconds;
        } else {
            long key = ((year * 13L + month) * 32 + day) * 24 + hour;
            Hour h = lastHour;
            if (h.key != key) {
                try {
                    h = new Hour(key, LocalDateTime.of(year, month, day, hour, 0).atZone(zone).toEpochSecond());
                } catch (DateTimeException e) {
                    return INVALID;
                }
                lastHour = h;
            }
            epochSecond = h.epochSecond;
        }
        return (epochSecond + minute * 60L + second) * NANOS + nano;
    }

    /**
     * @param offsetSeconds the timestamp's UTC offset
     * @return the epoch nanoseconds of a time with a UTC offset, or {@link #INVALID}
     */
    public static long withOffset(int year, int month, int day, int hour, int minute, int second, int nano, int offsetSeconds) {
        if (!valid(year, month, day, hour, minute, second)) {
            return INVALID;
        }
        return (daysFromCivil(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds) * NANOS + nano;
    }

    /**
     * A BSD timestamp has no year: it is the year that puts the line closest to the received time, allowing
     * for clocks up to two days ahead (December lines read in January are from last year, January lines
     * received on December 31st UTC in a zone east of UTC are from next year).
     *
     * @param receivedNanos when the line was received
     * @return epoch nanoseconds, or {@link #INVALID}
     */
    public long withoutYear(int month, int day, int hour, int minute, int second, int nano, long receivedNanos) {
        int year = yearOf(receivedNanos);
        long t = local(year, month, day, hour, minute, second, nano);
        if (t == INVALID && month == 2 && day == 29) {
            // Feb 29th of a leap year received early next year, or the other way round.
            t = local(year - 1, month, day, hour, minute, second, nano);
            return t != INVALID && t > receivedNanos + 2 * DAY ? INVALID : t;
        }
        if (t != INVALID && t > receivedNanos + 2 * DAY) {
            t = local(year - 1, month, day, hour, minute, second, nano);
        } else if (t != INVALID && month == 1 && t < receivedNanos - 300 * DAY) {
            long next = local(year + 1, month, day, hour, minute, second, nano);
            if (next != INVALID && next <= receivedNanos + 2 * DAY) {
                t = next;
            }
        }
        return t;
    }

    /**
     * Reads the Common Log Format time of web servers and proxies, {@code 10/Oct/2000:13:55:36 -0700} (the
     * offset optional: then this clock's zone).
     *
     * @param s text
     * @param from where the day starts (after the {@code [})
     * @param to the end of the time (its {@code ]})
     * @return epoch nanoseconds, or {@link #INVALID}
     */
    public long commonLogTime(String s, int from, int to) {
        if (to - from < 20 || s.charAt(from + 2) != '/' || s.charAt(from + 6) != '/' || s.charAt(from + 11) != ':'
                || s.charAt(from + 14) != ':' || s.charAt(from + 17) != ':') {
            return INVALID;
        }
        int day = TextScan.digits(s, from, 2);
        int month = month(s, from + 3);
        int year = TextScan.digits(s, from + 7, 4);
        int hour = TextScan.digits(s, from + 12, 2);
        int minute = TextScan.digits(s, from + 15, 2);
        int second = TextScan.digits(s, from + 18, 2);
        if (day < 0 || month == 0 || year < 0 || hour < 0 || minute < 0 || second < 0) {
            return INVALID;
        }
        int z = from + 20;
        if (z + 6 <= to && s.charAt(z) == ' ' && (s.charAt(z + 1) == '+' || s.charAt(z + 1) == '-')) {
            int oh = TextScan.digits(s, z + 2, 2);
            int om = TextScan.digits(s, z + 4, 2);
            if (oh < 0 || om < 0 || oh > 18) {
                return INVALID;
            }
            int sign = s.charAt(z + 1) == '-' ? -1 : 1;
            return withOffset(year, month, day, hour, minute, second, 0, sign * (oh * 3600 + om * 60));
        }
        return local(year, month, day, hour, minute, second, 0);
    }

    /** @return the UTC year of an epoch time in nanoseconds */
    public static int yearOf(long epochNanos) {
        long days = Math.floorDiv(epochNanos, DAY);
        // Civil-from-days (proleptic Gregorian), year part only.
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long month = mp < 10 ? mp + 3 : mp - 9;
        return (int) (yoe + era * 400 + (month <= 2 ? 1 : 0));
    }

    /** @return days since 1970-01-01 of a proleptic Gregorian date (the well-known days-from-civil arithmetic) */
    public static long daysFromCivil(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    private static boolean valid(int year, int month, int day, int hour, int minute, int second) {
        return year >= 1970 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= monthLength(year, month)
                && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 61;
    }

    private static int monthLength(int year, int month) {
        if (month == 2) {
            return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }
}
