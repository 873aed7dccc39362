package io.usiem.connector.storelucene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.usiem.api.event.Event;
import io.usiem.api.search.Aggregation;
import io.usiem.api.search.AggregationResult;
import io.usiem.api.search.AggregationResult.Bucket;
import io.usiem.api.search.CallerContext;
import io.usiem.api.search.Query;
import io.usiem.api.search.QueryException;
import io.usiem.api.search.QueryParser;
import io.usiem.api.search.SearchRequest;
import io.usiem.api.search.SearchResult;
import io.usiem.api.search.TimeRange;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 250 events over two days: search-after pages, counts, top-N, histograms and cardinality. */
class PagingAndAggregationTest {
    private static final CallerContext SYSTEM = CallerContext.system();
    private static final long START = TestEvents.at("2026-11-28T22:00:00Z");
    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);
    private static final int N = 250;

    @TempDir
    static Path dir;
    static LuceneStore store;

    @BeforeAll
    static void index() throws Exception {
        store = new LuceneStore(TestEvents.settings(dir), () -> START + N * MINUTE);
        List<Event> batch = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            // every event one minute after the previous; five users, ten source addresses, ports 1..3
            String time = Instant.ofEpochSecond(0, START + i * MINUTE).toString();
            batch.add(TestEvents.firewall(i + 1, time, i % 4 == 0 ? "deny" : "allow", "10.0.0." + (i % 10),
                    "192.168.0.1", 1 + i % 3, "user" + (i % 5)).build());
            if (batch.size() == 64) {
                store.write(batch);
                batch.clear();
            }
        }
        store.write(batch);
    }

    @AfterAll
    static void close() throws Exception {
        store.close();
    }

    @Test
    void eventsLandInOnePartitionPerDayOfReception() {
        assertEquals(List.of("events-2026-11-28", "events-2026-11-29"),
                store.partitions().stream().map(Partition::name).toList());
    }

    @Test
    void searchAfterPagesNewestFirstWithoutGapsOrRepeats() {
        Set<Long> seen = new HashSet<>();
        String cursor = null;
        long previous = Long.MAX_VALUE;
        int pages = 0;
        do {
            SearchResult r = store.search(SYSTEM, SearchRequest.builder(new Query.MatchAll()).size(100).cursor(cursor).build());
            assertEquals(N, r.total());
            for (Event e : r.events()) {
                assertEquals(true, e.eventNanos() < previous, "newest first");
                previous = e.eventNanos();
                assertEquals(true, seen.add(e.sequence()), "no repeats");
            }
            cursor = r.nextCursor();
            pages++;
        } while (cursor != null);
        assertEquals(N, seen.size());
        assertEquals(3, pages);
        assertThrows(QueryException.class, () -> store.search(SYSTEM,
                SearchRequest.builder(new Query.MatchAll()).cursor("nonsense").build()));
    }

    @Test
    void lastPageHasNoCursor() {
        SearchResult r = store.search(SYSTEM, SearchRequest.builder(QueryParser.parse("user.name:user1")).size(100).build());
        assertEquals(50, r.total());
        assertEquals(50, r.events().size());
        assertNull(r.nextCursor());
    }

    @Test
    void countAndTopN() {
        Query all = new Query.MatchAll();
        assertEquals(N, store.aggregate(SYSTEM, all, TimeRange.all(), Aggregation.count()).value());
        AggregationResult actions = store.aggregate(SYSTEM, all, TimeRange.all(), Aggregation.terms("event.action", 5));
        assertEquals(List.of(new Bucket("allow", 187), new Bucket("deny", 63)), actions.buckets());
        AggregationResult sources = store.aggregate(SYSTEM, QueryParser.parse("event.action:deny"), TimeRange.all(),
                Aggregation.terms("source.ip", 2));
        // deny is every 4th event: i % 10 over i = 0,4,8,...; 10.0.0.0/4/8/2/6 each 12 or 13 times
        assertEquals(63, sources.value());
        assertEquals(2, sources.buckets().size());
        assertEquals(63, sources.buckets().get(0).count() + sources.buckets().get(1).count() + sources.otherCount());
        AggregationResult ports = store.aggregate(SYSTEM, all, TimeRange.all(), Aggregation.terms("destination.port", 3));
        assertEquals(List.of(new Bucket("1", 84), new Bucket("2", 83), new Bucket("3", 83)), ports.buckets());
        assertThrows(QueryException.class, () -> store.aggregate(SYSTEM, all, TimeRange.all(), Aggregation.terms("event.original", 3)));
    }

    @Test
    void cardinality() {
        assertEquals(5, store.aggregate(SYSTEM, new Query.MatchAll(), TimeRange.all(), Aggregation.cardinality("user.name")).value());
        assertEquals(10, store.aggregate(SYSTEM, new Query.MatchAll(), TimeRange.all(), Aggregation.cardinality("source.ip")).value());
        assertEquals(1, store.aggregate(SYSTEM, QueryParser.parse("user.name:user3"), TimeRange.all(),
                Aggregation.cardinality("user.name")).value());
    }

    @Test
    void dateHistogramFillsEveryIntervalOfTheWindow() {
        long hour = TimeUnit.HOURS.toNanos(1);
        TimeRange window = new TimeRange(START, START + 5 * hour);
        AggregationResult h = store.aggregate(SYSTEM, new Query.MatchAll(), window, Aggregation.dateHistogram(hour));
        assertEquals(List.of(new Bucket("2026-11-28T22:00:00Z", 60), new Bucket("2026-11-28T23:00:00Z", 60),
                new Bucket("2026-11-29T00:00:00Z", 60), new Bucket("2026-11-29T01:00:00Z", 60),
                new Bucket("2026-11-29T02:00:00Z", 10)), h.buckets());
        assertEquals(N, h.value());
        // an open window starts and ends at the matching events
        AggregationResult open = store.aggregate(SYSTEM, QueryParser.parse("@timestamp:[2026-11-28T23:30:00Z TO 2026-11-29T00:29:59Z]"),
                TimeRange.all(), Aggregation.dateHistogram(hour));
        assertEquals(List.of(new Bucket("2026-11-28T23:00:00Z", 30), new Bucket("2026-11-29T00:00:00Z", 30)), open.buckets());
        assertThrows(QueryException.class, () -> store.aggregate(SYSTEM, new Query.MatchAll(), window,
                Aggregation.dateHistogram(1000)));
    }
}
