package io.usiem.api.search;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of an {@link Aggregation}: {@link #value()} is the count (COUNT), the number of matching events
 * (TERMS, DATE_HISTOGRAM) or the number of distinct values (CARDINALITY); {@link #buckets()} holds the top
 * values, most frequent first, or the histogram's intervals in time order (empty intervals included). Immutable.
 *
 * @since 1.1
 */
public final class AggregationResult {
    /**
     * One value and how many events have it.
     *
     * @param key the value as text (an ISO-8601 start for histogram buckets)
     * @param count how many matching events have it
     */
    public record Bucket(String key, long count) {
        /** Checks the key. */
        public Bucket {
            Objects.requireNonNull(key, "key");
        }
    }

    private final Aggregation aggregation;
    private final long value;
    private final List<Bucket> buckets;
    private final long otherCount;

    private AggregationResult(Aggregation aggregation, long value, List<Bucket> buckets, long otherCount) {
        this.aggregation = Objects.requireNonNull(aggregation, "aggregation");
        this.value = value;
        this.buckets = List.copyOf(buckets);
        this.otherCount = otherCount;
    }

    /**
     * @param aggregation what was asked
     * @param value the count, matches or distinct values (see the class comment)
     * @param buckets the buckets, empty for COUNT and CARDINALITY
     * @param otherCount for TERMS, values counted by events beyond the top N; 0 otherwise
     * @return the result
     */
    public static AggregationResult of(Aggregation aggregation, long value, List<Bucket> buckets, long otherCount) {
        return new AggregationResult(aggregation, value, buckets, otherCount);
    }

    /** @return what was asked */
    public Aggregation aggregation() {
        return aggregation;
    }

    /** @return the count, number of matches, or distinct values */
    public long value() {
        return value;
    }

    /** @return the buckets */
    public List<Bucket> buckets() {
        return buckets;
    }

    /** @return for TERMS, how many values of matching events fell outside the top N */
    public long otherCount() {
        return otherCount;
    }
}
