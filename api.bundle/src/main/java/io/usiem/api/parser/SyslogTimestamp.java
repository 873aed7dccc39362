package io.usiem.api.parser;

/**
 * Reads the two timestamp forms of syslog headers by hand: BSD ({@code Jul  3 19:10:30}, with an optional
 * year before the time or after it and an optional fraction, as Cisco and rsyslog write) and RFC 3339
 * ({@code 2021-07-03T19:10:14.578288-05:00}, also with a space for the {@code T}, a comma before the
 * fraction, {@code +0100} offsets, or no offset: then the clock's zone). Each method returns the index
 * after the timestamp, or -1 when there is none there, and leaves the time in {@link #nanos()}.
 * Mutable: one per line (it is the result holder), not thread-safe.
 *
 * @since 1.1
 */
public final class SyslogTimestamp {
    private long nanos = SyslogClock.INVALID;

    /** @return the epoch nanoseconds the last successful read found, or {@link SyslogClock#INVALID} */
    public long nanos() {
        return nanos;
    }

    /**
     * @param s text
     * @param i where the month may start
     * @param clock the zone of the timestamp
     * @param receivedNanos the received time, which decides the year when the timestamp names none
     * @return the index after a BSD timestamp starting at i, or -1
     */
    public int bsd(String s, int i, SyslogClock clock, long receivedNanos) {
        int n = s.length();
        int month = SyslogClock.month(s, i);
        if (month == 0 || i + 3 >= n || s.charAt(i + 3) != ' ') {
            return -1;
        }
        i += 4;
        if (i < n && s.charAt(i) == ' ') {
            i++;
        }
        int day = 0;
        int digits = 0;
        while (i < n && TextScan.isDigit(s.charAt(i)) && digits < 2) {
            day = day * 10 + s.charAt(i++) - '0';
            digits++;
        }
        if (digits == 0 || i >= n || s.charAt(i) != ' ') {
            return -1;
        }
        i++;
        int year = -1;
        if (i + 5 <= n && s.charAt(i + 4) == ' ' && TextScan.digits(s, i, 4) >= 0) {
            year = TextScan.digits(s, i, 4);
            i += 5;
        }
        if (i + 8 > n || s.charAt(i + 2) != ':' || s.charAt(i + 5) != ':') {
            return -1;
        }
        int hour = TextScan.digits(s, i, 2);
        int minute = TextScan.digits(s, i + 3, 2);
        int second = TextScan.digits(s, i + 6, 2);
        if (hour < 0 || minute < 0 || second < 0) {
            return -1;
        }
        i += 8;
        int nano = 0;
        if (i < n && s.charAt(i) == '.') {
            int start = ++i;
            i = fraction(s, i);
            nano = fractionNanos(s, start, i);
        }
        if (year < 0 && i + 5 <= n && s.charAt(i) == ' ' && TextScan.digits(s, i + 1, 4) >= 0 && (i + 5 == n || s.charAt(i + 5) == ' ')) {
            year = TextScan.digits(s, i + 1, 4); // "Mmm dd hh:mm:ss yyyy" (Cisco IOS with "service timestamps ... year")
            i += 5;
        }
        long t = year >= 0 ? clock.local(year, month, day, hour, minute, second, nano)
                : clock.withoutYear(month, day, hour, minute, second, nano, receivedNanos);
        if (t == SyslogClock.INVALID) {
            return -1;
        }
        nanos = t;
        return i;
    }

    /**
     * @param s text
     * @param i where the year may start
     * @param clock the zone of a timestamp without offset
     * @return the index after an RFC 3339 timestamp starting at i, or -1
     */
    public int iso(String s, int i, SyslogClock clock) {
        int n = s.length();
        if (i < 0 || i + 19 > n || s.charAt(i + 4) != '-' || s.charAt(i + 7) != '-' || (s.charAt(i + 10) != 'T' && s.charAt(i + 10) != ' ')
                || s.charAt(i + 13) != ':' || s.charAt(i + 16) != ':') {
            return -1;
        }
        int year = TextScan.digits(s, i, 4);
        int month = TextScan.digits(s, i + 5, 2);
        int day = TextScan.digits(s, i + 8, 2);
        int hour = TextScan.digits(s, i + 11, 2);
        int minute = TextScan.digits(s, i + 14, 2);
        int second = TextScan.digits(s, i + 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return -1;
        }
        i += 19;
        int nano = 0;
        if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
            int start = ++i;
            i = fraction(s, i);
            if (i == start) {
                return -1;
            }
            nano = fractionNanos(s, start, i);
        }
        long t;
        if (i < n && s.charAt(i) == 'Z') {
            t = SyslogClock.withOffset(year, month, day, hour, minute, second, nano, 0);
            i++;
        } else if (i + 3 <= n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            int sign = s.charAt(i) == '-' ? -1 : 1;
            int oh = TextScan.digits(s, i + 1, 2);
            int j = i + 3;
            if (j < n && s.charAt(j) == ':') {
                j++;
            }
            int om = j + 2 <= n ? TextScan.digits(s, j, 2) : -1;
            if (oh < 0 || oh > 18) {
                return -1;
            }
            if (om < 0) {
                om = 0;
                j = i + 3;
            } else {
                j += 2;
            }
            t = SyslogClock.withOffset(year, month, day, hour, minute, second, nano, sign * (oh * 3600 + om * 60));
            i = j;
        } else {
            t = clock.local(year, month, day, hour, minute, second, nano);
        }
        if (t == SyslogClock.INVALID) {
            return -1;
        }
        nanos = t;
        return i;
    }

    private static int fraction(String s, int i) {
        while (i < s.length() && TextScan.isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Digits past the ninth are dropped (nanosecond precision). */
    private static int fractionNanos(String s, int from, int to) {
        int nano = 0;
        int end = Math.min(to, from + 9);
        for (int k = from; k < end; k++) {
            nano = nano * 10 + s.charAt(k) - '0';
        }
        for (int k = end - from; k < 9; k++) {
            nano *= 10;
        }
        return nano;
    }
}
