package io.usiem.commander.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.alert.Alert;
import io.usiem.api.alert.Severity;
import io.usiem.api.codec.EventJsonReader;
import io.usiem.api.event.Event;
import io.usiem.api.event.Fields;
import io.usiem.api.search.Aggregation;
import io.usiem.api.search.AggregationResult;
import io.usiem.api.search.AlertSearch;
import io.usiem.api.search.AlertSearchResult;
import io.usiem.api.search.CallerContext;
import io.usiem.api.search.EventSearch;
import io.usiem.api.search.Query;
import io.usiem.api.search.SearchException;
import io.usiem.api.search.SearchRequest;
import io.usiem.api.search.SearchResult;
import io.usiem.api.search.TimeRange;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The REST logic: parameters in, status and JSON out, against a recording fake of the store. */
class SearchApiTest {
    private static final long NOW = 1_764_410_400_000_000_000L; // 2025-11-29T10:00:00Z
    private final Fake store = new Fake();
    private final SearchApi api = new SearchApi(store, store, () -> NOW);
    private final CallerContext caller = CallerContext.of("ann", java.util.Set.of(), java.util.Set.of());

    /** Records the last call and answers with one event. */
    static final class Fake implements EventSearch, AlertSearch {
        SearchRequest request;
        Query query;
        TimeRange range;
        Aggregation aggregation;
        boolean fail;

        @Override
        public SearchResult search(CallerContext c, SearchRequest r) {
            if (fail) {
                throw new SearchException("disk gone", new IOException("disk gone"));
            }
            request = r;
            Event e = Event.builder("deny 10.0.0.1 \"quoted\"").sequence(7).receivedNanos(NOW).eventNanos(NOW)
                    .set(Fields.EVENT_ACTION, "deny").build();
            return SearchResult.of(List.of(e), 42, "123_7", 3_000_000);
        }

        @Override
        public AlertSearchResult searchAlerts(CallerContext c, SearchRequest r) {
            request = r;
            Alert a = Alert.builder("ssh-brute").title("SSH brute force").severity(Severity.HIGH).createdNanos(NOW)
                    .tag("attack.t1110").groupBy("source.ip", "10.0.0.1")
                    .event(Event.builder("x").sequence(1).receivedNanos(NOW).eventNanos(NOW).build()).build();
            return AlertSearchResult.of(List.of(a), 1, null);
        }

        @Override
        public long count(CallerContext c, Query q, TimeRange r) {
            return 0;
        }

        @Override
        public AggregationResult aggregate(CallerContext c, Query q, TimeRange r, Aggregation a) {
            query = q;
            range = r;
            aggregation = a;
            return AggregationResult.of(a, 10, List.of(new AggregationResult.Bucket("10.0.0.1", 7),
                    new AggregationResult.Bucket("10.0.0.2", 2)), 1);
        }
    }

    @Test
    void searchPassesTheRequestAndAnswersEventsAsJson() throws Exception {
        SearchApi.Response r = api.handle("/search", Map.of("q", "source.ip:10.0.0.0/8", "from", "-15m", "to", "now",
                "size", "5", "cursor", "99_1"), caller);
        assertEquals(200, r.status());
        assertEquals(new Query.Cidr("source.ip", io.usiem.api.event.IpAddress.parse("10.0.0.0"), 8), store.request.query());
        assertEquals(new TimeRange(NOW - 15 * 60_000_000_000L, NOW), store.request.timeRange());
        assertEquals(5, store.request.size());
        assertEquals("99_1", store.request.cursor());
        assertTrue(r.json().startsWith("{\"total\":42,\"took_ms\":3,\"next_cursor\":\"123_7\",\"events\":[{"), r.json());
        String eventJson = r.json().substring(r.json().indexOf("[") + 1, r.json().lastIndexOf("]"));
        assertEquals("deny", EventJsonReader.read(eventJson).getText(Fields.EVENT_ACTION));
    }

    @Test
    void defaults() {
        api.handle("/search", Map.of(), caller);
        assertEquals(new Query.MatchAll(), store.request.query());
        assertEquals(TimeRange.all(), store.request.timeRange());
        assertEquals(100, store.request.size());
    }

    @Test
    void aggregations() {
        SearchApi.Response r = api.handle("/aggregate", Map.of("type", "terms", "field", "source.ip", "size", "2",
                "q", "event.action:deny"), caller);
        assertEquals(200, r.status());
        assertEquals("{\"type\":\"terms\",\"field\":\"source.ip\",\"value\":10,\"other\":1,\"buckets\":["
                + "{\"key\":\"10.0.0.1\",\"count\":7},{\"key\":\"10.0.0.2\",\"count\":2}]}", r.json());
        assertEquals(Aggregation.Type.TERMS, store.aggregation.type());
        assertEquals(2, store.aggregation.size());
        api.handle("/aggregate", Map.of("type", "date_histogram", "interval", "5m"), caller);
        assertEquals(300_000_000_000L, store.aggregation.intervalNanos());
        api.handle("/aggregate", Map.of("type", "cardinality", "field", "user.name"), caller);
        assertEquals(Aggregation.Type.CARDINALITY, store.aggregation.type());
        api.handle("/aggregate", Map.of(), caller);
        assertEquals(Aggregation.Type.COUNT, store.aggregation.type());
    }

    @Test
    void alerts() {
        SearchApi.Response r = api.handle("/alerts", Map.of("q", "alert.severity:high", "size", "10"), caller);
        assertEquals(200, r.status());
        assertEquals(new Query.Term("alert.severity", "high"), store.request.query());
        assertTrue(r.json().startsWith("{\"total\":1,\"next_cursor\":null,\"alerts\":[{\"@timestamp\":\"2025-11-29T10:00:00"
                + "Z\",\"rule.id\":\"ssh-brute\",\"rule.name\":\"SSH brute force\",\"alert.severity\":\"high\","
                + "\"organization.id\":\"default\",\"tags\":[\"attack.t1110\"],\"alert.group_by\":{\"source.ip\":\"10.0.0.1\"},"
                + "\"events\":[{"), r.json());
        assertEquals(503, new SearchApi(store, null, () -> NOW).handle("/alerts", Map.of(), caller).status());
    }

    @Test
    void errors() {
        SearchApi.Response bad = api.handle("/search", Map.of("q", "(a:1"), caller);
        assertEquals(400, bad.status());
        assertTrue(bad.json().contains("\"position\":4"), bad.json());
        assertEquals(400, api.handle("/search", Map.of("from", "yesterday"), caller).status());
        assertEquals(400, api.handle("/search", Map.of("size", "lots"), caller).status());
        assertEquals(400, api.handle("/search", Map.of("size", "100000"), caller).status());
        assertEquals(400, api.handle("/aggregate", Map.of("type", "terms"), caller).status());
        assertEquals(400, api.handle("/aggregate", Map.of("type", "median"), caller).status());
        assertEquals(404, api.handle("/nothing", Map.of(), caller).status());
        assertEquals(404, api.handle(null, Map.of(), caller).status());
        store.fail = true;
        SearchApi.Response failed = api.handle("/search", Map.of(), caller);
        assertEquals(500, failed.status());
        assertEquals("{\"error\":\"disk gone\"}", failed.json());
    }
}
