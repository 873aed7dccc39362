package io.usiem.api.search;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What to compute over the events a query matches: their count, the top values of a field, a date histogram
 * of {@code @timestamp}, or the number of distinct values of a field. Immutable; made by the factories.
 *
 * @since 1.1
 */
public final class Aggregation {
    /** The kinds of aggregation. */
    public enum Type {
        /** How many events match. */
        COUNT,
        /** The most frequent values of a field, with their counts. */
        TERMS,
        /** Events per fixed interval of {@code @timestamp}. */
        DATE_HISTOGRAM,
        /** How many distinct values a field has. */
        CARDINALITY
    }

    /** Most buckets a terms aggregation or histogram may ask for. */
    public static final int MAX_BUCKETS = 10_000;

    private final Type type;
    private final @Nullable String field;
    private final int size;
    private final long intervalNanos;

    private Aggregation(Type type, @Nullable String field, int size, long intervalNanos) {
        this.type = type;
        this.field = field;
        this.size = size;
        this.intervalNanos = intervalNanos;
    }

    /** @return the count of matching events */
    public static Aggregation count() {
        return new Aggregation(Type.COUNT, null, 0, 0);
    }

    /**
     * @param field a keyword, IP, number or boolean field
     * @param size how many of the most frequent values, 1 to {@link #MAX_BUCKETS}
     * @return a top-N terms aggregation
     */
    public static Aggregation terms(String field, int size) {
        if (size < 1 || size > MAX_BUCKETS) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_BUCKETS + ": " + size);
        }
        return new Aggregation(Type.TERMS, Objects.requireNonNull(field, "field"), size, 0);
    }

    /**
     * @param intervalNanos the bucket width, positive; buckets start at multiples of it since the epoch
     * @return a date histogram of {@code @timestamp}
     */
    public static Aggregation dateHistogram(long intervalNanos) {
        if (intervalNanos <= 0) {
            throw new IllegalArgumentException("interval must be positive");
        }
        return new Aggregation(Type.DATE_HISTOGRAM, "@timestamp", 0, intervalNanos);
    }

    /**
     * @param field a keyword, IP, number or boolean field
     * @return the exact number of its distinct values among the matching events
     */
    public static Aggregation cardinality(String field) {
        return new Aggregation(Type.CARDINALITY, Objects.requireNonNull(field, "field"), 0, 0);
    }

    /** @return the kind */
    public Type type() {
        return type;
    }

    /** @return the field, null for COUNT */
    public @Nullable String field() {
        return field;
    }

    /** @return the number of top values of TERMS, 0 otherwise */
    public int size() {
        return size;
    }

    /** @return the bucket width of DATE_HISTOGRAM, 0 otherwise */
    public long intervalNanos() {
        return intervalNanos;
    }

    @Override
    public String toString() {
        return type + (field == null ? "" : "(" + field + (size > 0 ? ", " + size : "")
                + (intervalNanos > 0 ? ", " + intervalNanos + "ns" : "") + ")");
    }
}
