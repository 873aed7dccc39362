package io.usiem.api.search;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Searches stored events. Provided by an event store (the embedded Lucene store, an OpenSearch store); the
 * shell and REST call it. Every call names its caller so that access rules can apply; a store shows a caller
 * only the tenants {@link CallerContext#tenants()} allows. Thread-safe.
 *
 * @since 1.1
 */
@ProviderType
public interface EventSearch {
    /**
     * @param caller who asks
     * @param request query, window, page size and cursor
     * @return a page of events, newest first
     * @throws QueryException when the query cannot run (a value that does not fit its field, a bad cursor)
     * @throws SearchException when the store fails
     */
    SearchResult search(CallerContext caller, SearchRequest request);

    /**
     * @param caller who asks
     * @param query the query
     * @param timeRange the window of event time
     * @return how many events match
     * @throws QueryException when the query cannot run
     * @throws SearchException when the store fails
     */
    long count(CallerContext caller, Query query, TimeRange timeRange);

    /**
     * @param caller who asks
     * @param query the query
     * @param timeRange the window of event time
     * @param aggregation what to compute over the matching events
     * @return the result
     * @throws QueryException when the query or the aggregation's field cannot be used
     * @throws SearchException when the store fails
     */
    AggregationResult aggregate(CallerContext caller, Query query, TimeRange timeRange, Aggregation aggregation);
}
