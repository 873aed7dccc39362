package io.usiem.api.search;

import io.usiem.api.event.Event;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of events, newest first, with the number of all matches and the cursor of the next page. Immutable.
 *
 * @since 1.1
 */
public final class SearchResult {
    private final List<Event> events;
    private final long total;
    private final @Nullable String nextCursor;
    private final long tookNanos;

    private SearchResult(List<Event> events, long total, @Nullable String nextCursor, long tookNanos) {
        this.events = List.copyOf(events);
        this.total = total;
        this.nextCursor = nextCursor;
        this.tookNanos = tookNanos;
    }

    /**
     * @param events the page, newest first, exactly as stored
     * @param total how many events match in all
     * @param nextCursor the cursor of the next page, or null when this is the last
     * @param tookNanos how long the search took
     * @return the result
     */
    public static SearchResult of(List<Event> events, long total, @Nullable String nextCursor, long tookNanos) {
        return new SearchResult(events, total, nextCursor, tookNanos);
    }

    /** @return the page of events, newest first */
    public List<Event> events() {
        return events;
    }

    /** @return how many events match in all (every page) */
    public long total() {
        return total;
    }

    /** @return the cursor to pass in the next request, or null when there is no further page */
    public @Nullable String nextCursor() {
        return nextCursor;
    }

    /** @return how long the search took, in nanoseconds */
    public long tookNanos() {
        return tookNanos;
    }
}
