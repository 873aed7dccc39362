package io.usiem.parser.squid.internal;

/**
 * Reads the two timestamp forms of syslog headers by hand: BSD ({@code Jul  3 19:10:30}, optionally with a
 * year before the time or a fraction after it) and RFC 3339 ({@code 2021-07-03T19:10:14.578288-05:00}).
 * Each method returns the index after the timestamp, or -1 when there is none there, and leaves the time
 * in {@link #nanos}. One instance per line (it is the result holder).
 */
final class SyslogTimestamps {
    long nanos = SyslogClock.INVALID;

    /** @return index after a BSD timestamp starting at i, or -1 */
    int bsd(String s, int i, SyslogClock clock, long receivedNanos) {
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
        while (i < n && isDigit(s.charAt(i)) && digits < 2) {
            day = day * 10 + s.charAt(i++) - '0';
            digits++;
        }
        if (digits == 0 || i >= n || s.charAt(i) != ' ') {
            return -1;
        }
        i++;
        int year = -1;
        if (i + 5 <= n && s.charAt(i + 4) == ' ' && digits(s, i, 4) >= 0) {
            year = digits(s, i, 4);
            i += 5;
        }
        if (i + 8 > n || s.charAt(i + 2) != ':' || s.charAt(i + 5) != ':') {
            return -1;
        }
        int hour = digits(s, i, 2);
        int minute = digits(s, i + 3, 2);
        int second = digits(s, i + 6, 2);
        if (hour < 0 || minute < 0 || second < 0) {
            return -1;
        }
        i += 8;
        int nano = 0;
        if (i < n && s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && isDigit(s.charAt(i))) {
                if (i - start < 9) {
                    nano = nano * 10 + s.charAt(i) - '0';
                }
                i++;
            }
            for (int k = Math.min(i - start, 9); k < 9; k++) {
                nano *= 10;
            }
        }
        long t = year >= 0 ? clock.local(year, month, day, hour, minute, second, nano)
                : clock.withoutYear(month, day, hour, minute, second, nano, receivedNanos);
        if (t == SyslogClock.INVALID) {
            return -1;
        }
        nanos = t;
        return i;
    }

    /** @return index after an RFC 3339 timestamp starting at i (offset optional: then local), or -1 */
    int iso(String s, int i, SyslogClock clock) {
        int n = s.length();
        if (i + 19 > n || s.charAt(i + 4) != '-' || s.charAt(i + 7) != '-' || (s.charAt(i + 10) != 'T' && s.charAt(i + 10) != ' ')
                || s.charAt(i + 13) != ':' || s.charAt(i + 16) != ':') {
            return -1;
        }
        int year = digits(s, i, 4);
        int month = digits(s, i + 5, 2);
        int day = digits(s, i + 8, 2);
        int hour = digits(s, i + 11, 2);
        int minute = digits(s, i + 14, 2);
        int second = digits(s, i + 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return -1;
        }
        i += 19;
        int nano = 0;
        if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
            int start = ++i;
            while (i < n && isDigit(s.charAt(i))) {
                if (i - start < 9) {
                    nano = nano * 10 + s.charAt(i) - '0';
                }
                i++;
            }
            if (i == start) {
                return -1;
            }
            for (int k = Math.min(i - start, 9); k < 9; k++) {
                nano *= 10;
            }
        }
        long t;
        if (i < n && s.charAt(i) == 'Z') {
            t = SyslogClock.withOffset(year, month, day, hour, minute, second, nano, 0);
            i++;
        } else if (i + 3 <= n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            int sign = s.charAt(i) == '-' ? -1 : 1;
            int oh = digits(s, i + 1, 2);
            int j = i + 3;
            if (j < n && s.charAt(j) == ':') {
                j++;
            }
            int om = j + 2 <= n ? digits(s, j, 2) : -1;
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

    /** @return the non-negative value of count digits at i, or -1 when one is not a digit or the text ends */
    static int digits(String s, int i, int count) {
        if (i + count > s.length()) {
            return -1;
        }
        int v = 0;
        for (int k = i; k < i + count; k++) {
            char c = s.charAt(k);
            if (!isDigit(c)) {
                return -1;
            }
            v = v * 10 + c - '0';
        }
        return v;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
