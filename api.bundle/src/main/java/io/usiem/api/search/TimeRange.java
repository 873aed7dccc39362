package io.usiem.api.search;

import org.jspecify.annotations.Nullable;

/**
 * A window of event time ({@code @timestamp}), from inclusive to exclusive, in nanoseconds since the epoch.
 *
 * @param fromNanos the first instant included
 * @param toNanos the first instant excluded
 * @since 1.1
 */
public record TimeRange(long fromNanos, long toNanos) {
    /** Checks the bounds. */
    public TimeRange {
        if (toNanos < fromNanos) {
            throw new IllegalArgumentException("time range ends before it starts");
        }
    }

    /** @return the whole time line */
    public static TimeRange all() {
        return new TimeRange(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /**
     * @param from the start as typed, or null for no start (see {@link TimeExpressions})
     * @param to the end as typed, or null for no end
     * @param nowNanos the current time
     * @return the range
     * @throws QueryException when a bound is not a time or the range is reversed
     */
    public static TimeRange parse(@Nullable String from,
            @Nullable String to, long nowNanos) {
        long f = from == null || from.isBlank() ? Long.MIN_VALUE : TimeExpressions.parse(from, nowNanos);
        long t = to == null || to.isBlank() ? Long.MAX_VALUE : TimeExpressions.parse(to, nowNanos);
        if (t < f) {
            throw new QueryException("the time range ends (" + to + ") before it starts (" + from + ")", -1);
        }
        return new TimeRange(f, t);
    }

    /** @param nanos an instant @return whether it is in the range */
    public boolean contains(long nanos) {
        return nanos >= fromNanos && nanos < toNanos;
    }
}
