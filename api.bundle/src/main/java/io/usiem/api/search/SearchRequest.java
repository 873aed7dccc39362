package io.usiem.api.search;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A search: a query, a time window, a page size and the cursor of the previous page. Results come newest first
 * (by {@code @timestamp}, ties broken by the event sequence). Immutable; build with {@link #builder(Query)}.
 *
 * @since 1.1
 */
public final class SearchRequest {
    /** Largest page a store must serve. */
    public static final int MAX_SIZE = 10_000;

    private final Query query;
    private final TimeRange timeRange;
    private final int size;
    private final @Nullable String cursor;

    private SearchRequest(Builder b) {
        this.query = b.query;
        this.timeRange = b.timeRange;
        this.size = b.size;
        this.cursor = b.cursor;
    }

    /** @param query the query @return a builder: all time, 100 events, first page */
    public static Builder builder(Query query) {
        return new Builder(query);
    }

    /** @return the query */
    public Query query() {
        return query;
    }

    /** @return the window of event time */
    public TimeRange timeRange() {
        return timeRange;
    }

    /** @return the most events to return */
    public int size() {
        return size;
    }

    /** @return the {@link SearchResult#nextCursor()} of the previous page, or null for the first page */
    public @Nullable String cursor() {
        return cursor;
    }

    /** Builds a {@link SearchRequest}. */
    public static final class Builder {
        private final Query query;
        private TimeRange timeRange = TimeRange.all();
        private int size = 100;
        private @Nullable String cursor;

        private Builder(Query query) {
            this.query = Objects.requireNonNull(query, "query");
        }

        /** @param value the window of event time @return this */
        public Builder timeRange(TimeRange value) {
            this.timeRange = Objects.requireNonNull(value);
            return this;
        }

        /** @param value 0 to {@link #MAX_SIZE} events per page @return this */
        public Builder size(int value) {
            if (value < 0 || value > MAX_SIZE) {
                throw new IllegalArgumentException("size must be between 0 and " + MAX_SIZE + ": " + value);
            }
            this.size = value;
            return this;
        }

        /** @param value the previous page's cursor, or null for the first page @return this */
        public Builder cursor(@Nullable String value) {
            this.cursor = value;
            return this;
        }

        /** @return the request */
        public SearchRequest build() {
            return new SearchRequest(this);
        }
    }
}
