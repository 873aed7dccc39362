package io.usiem.parser.suricata.internal;

/**
 * Reads Suricata's timestamps without java.time objects: {@code 2024-01-01T10:00:00.123456+0000}, and the
 * variants seen in the wild ({@code Z}, {@code +01:00}, no fraction, no zone meaning UTC, as in
 * {@code tls.notbefore}).
 */
final class IsoTime {
    /** Returned when the text is not a timestamp. */
    static final long INVALID = Long.MIN_VALUE;

    private IsoTime() {
    }

    /**
     * Reads the text where Jackson holds it, so a valid timestamp costs no String (nor a wrapper: the
     * characters are indexed in place).
     *
     * @return nanoseconds since the epoch, or {@link #INVALID}
     */
    static long parse(char[] s, int off, int n) {
        if (n < 19 || s[off + 4] != '-' || s[off + 7] != '-' || (s[off + 10] != 'T' && s[off + 10] != ' ')
                || s[off + 13] != ':' || s[off + 16] != ':') {
            return INVALID;
        }
        int year = digits(s, off, n, 0, 4);
        int month = digits(s, off, n, 5, 2);
        int day = digits(s, off, n, 8, 2);
        int hour = digits(s, off, n, 11, 2);
        int minute = digits(s, off, n, 14, 2);
        int second = digits(s, off, n, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 60) {
            return INVALID;
        }
        int i = 19;
        long nanos = 0;
        if (i < n && s[off + i] == '.') {
            i++;
            int scale = 100_000_000;
            int start = i;
            while (i < n && s[off + i] >= '0' && s[off + i] <= '9') {
                if (scale > 0) {
                    nanos += (long) (s[off + i] - '0') * scale;
                    scale /= 10;
                }
                i++;
            }
            if (i == start) {
                return INVALID;
            }
        }
        int offsetSeconds = 0;
        if (i < n) {
            char c = s[off + i];
            if (c == 'Z' && i + 1 == n) {
                i++;
            } else if (c == '+' || c == '-') {
                int oh = digits(s, off, n, i + 1, 2);
                int om;
                if (i + 5 == n) {
                    om = digits(s, off, n, i + 3, 2);
                } else if (i + 6 == n && s[off + i + 3] == ':') {
                    om = digits(s, off, n, i + 4, 2);
                } else if (i + 3 == n) {
                    om = 0;
                } else {
                    return INVALID;
                }
                if (oh < 0 || om < 0 || oh > 18 || om > 59) {
                    return INVALID;
                }
                offsetSeconds = (oh * 3600 + om * 60) * (c == '-' ? -1 : 1);
            } else {
                return INVALID;
            }
        }
        long epochDay = epochDay(year, month, day);
        long seconds = epochDay * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
        return seconds * 1_000_000_000L + nanos;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's civil-from-days inverse). */
    static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yoe = y - era * 400;
        int mp = (month + 9) % 12;
        int doy = (153 * mp + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097L + doe - 719_468L;
    }

    private static int digits(char[] s, int off, int n, int at, int count) {
        if (at + count > n) {
            return -1;
        }
        int v = 0;
        for (int k = at; k < at + count; k++) {
            char c = s[off + k];
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
