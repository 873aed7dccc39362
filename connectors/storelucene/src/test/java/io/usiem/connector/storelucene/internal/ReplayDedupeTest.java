package io.usiem.connector.storelucene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.usiem.api.event.Event;
import io.usiem.api.search.CallerContext;
import io.usiem.api.search.Query;
import io.usiem.api.search.QueryParser;
import io.usiem.api.search.TimeRange;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A replay after a restart stores each event once: identity is (sequence, reception time). */
class ReplayDedupeTest {
    @TempDir
    Path dir;

    static List<Event> events(long from, long to) {
        List<Event> list = new ArrayList<>();
        long base = TestEvents.at("2026-11-29T10:00:00Z");
        for (long s = from; s <= to; s++) {
            list.add(TestEvents.firewall(s, Instant.ofEpochSecond(0, base + s * 1_000_000_000L).toString(), "deny",
                    "10.0.0.1", "10.0.0.2", 22, "u").build());
        }
        return list;
    }

    @Test
    void replayedEventsAreStoredOnce() throws Exception {
        long now = TestEvents.at("2026-11-29T12:00:00Z");
        try (LuceneStore store = new LuceneStore(TestEvents.settings(dir), () -> now)) {
            store.write(events(1, 100));
        }
        try (LuceneStore store = new LuceneStore(TestEvents.settings(dir), () -> now)) {
            store.write(events(50, 150));
            assertEquals(51, store.skippedReplays());
            assertEquals(150, store.count(CallerContext.system(), new Query.MatchAll(), TimeRange.all()));
            assertEquals(1, store.count(CallerContext.system(), QueryParser.parse("usiem.sequence:75"), TimeRange.all()));
            // a new event that reuses a sequence with another reception time is a different event
            Event other = events(10, 10).get(0).toBuilder().receivedNanos(now).build();
            store.write(List.of(other));
            assertEquals(2, store.count(CallerContext.system(), QueryParser.parse("usiem.sequence:10"), TimeRange.all()));
        }
    }
}
