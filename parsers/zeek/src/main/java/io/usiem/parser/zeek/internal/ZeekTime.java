package io.usiem.parser.zeek.internal;

/** Zeek's times: epoch seconds with a fraction ({@code 1692161622.036086}) or ISO 8601 in JSON logs. */
final class ZeekTime {
    static final long INVALID = Long.MIN_VALUE;

    private ZeekTime() {
    }

    /** A time column's value, so the generic setter writes a timestamp field. */
    record Nanos(long value) {
    }

    /** @return nanoseconds from epoch seconds text, exact to the nanosecond; {@link #INVALID} when not a number */
    static long fromSeconds(String s) {
        int n = s.length();
        if (n == 0 || n > 30) {
            return INVALID;
        }
        int i = 0;
        boolean negative = s.charAt(0) == '-';
        if (negative) {
            i++;
        }
        long seconds = 0;
        int digits = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            seconds = seconds * 10 + (s.charAt(i++) - '0');
            if (++digits > 12) {
                return INVALID;
            }
        }
        long nanos = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            long scale = 100_000_000L;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                nanos += (s.charAt(i++) - '0') * scale;
                scale /= 10;
            }
        }
        if (i != n || digits == 0) {
            return INVALID;
        }
        long total = seconds * 1_000_000_000L + nanos;
        return negative ? -total : total;
    }

    /** @return nanoseconds of a JSON number of seconds */
    static long fromSeconds(double seconds) {
        if (!Double.isFinite(seconds) || Math.abs(seconds) > 1e12) {
            return INVALID;
        }
        return Math.round(seconds * 1e6) * 1000L; // Zeek writes microseconds
    }

    /** @return nanoseconds of ISO 8601 text ({@code 2023-08-16T04:53:42.036086Z}), or {@link #INVALID} */
    static long fromIso(String s) {
        try {
            java.time.Instant t = java.time.OffsetDateTime.parse(s).toInstant();
            return t.getEpochSecond() * 1_000_000_000L + t.getNano();
        } catch (java.time.DateTimeException e) {
            return INVALID;
        }
    }

    /** @return nanoseconds of a time value as a reader gave it (Nanos, Double, Long or text) */
    static long of(Object v) {
        if (v instanceof Nanos) {
            return ((Nanos) v).value();
        } else if (v instanceof Double) {
            return fromSeconds((Double) v);
        } else if (v instanceof Long) {
            return fromSeconds(((Long) v).doubleValue());
        } else if (v instanceof String) {
            String s = (String) v;
            return s.indexOf('-') > 0 ? fromIso(s) : fromSeconds(s);
        }
        return INVALID;
    }

    /** @return nanoseconds of an interval in seconds (Double, Long, or text) */
    static long interval(Object v) {
        if (v instanceof Double) {
            return fromSeconds((Double) v);
        } else if (v instanceof Long) {
            return (Long) v * 1_000_000_000L;
        } else if (v instanceof String) {
            return fromSeconds((String) v);
        }
        return INVALID;
    }
}
