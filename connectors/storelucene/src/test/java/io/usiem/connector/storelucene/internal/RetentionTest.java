package io.usiem.connector.storelucene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.usiem.api.search.CallerContext;
import io.usiem.api.search.Query;
import io.usiem.api.search.TimeRange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retention drops whole partitions: by the age of their period, then the oldest while over the size cap. */
class RetentionTest {
    @TempDir
    Path dir;

    private void fill(LuceneStore store) throws Exception {
        long seq = 1;
        for (String day : List.of("2026-11-20", "2026-11-24", "2026-11-27", "2026-11-28", "2026-11-29")) {
            List<io.usiem.api.event.Event> batch = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                batch.add(TestEvents.firewall(seq++, day + "T10:00:" + (10 + i) + "Z", "deny", "10.0.0.1",
                        "10.0.0.2", 22, "u").build());
            }
            store.write(batch);
        }
    }

    private List<String> names(LuceneStore store) {
        return store.partitions().stream().map(Partition::name).toList();
    }

    @Test
    void byAge() throws Exception {
        AtomicLong now = new AtomicLong(TestEvents.at("2026-11-29T12:00:00Z"));
        StoreSettings s = new StoreSettings(dir, 24, 2, 0, 20, 1000, 1000, 16);
        try (LuceneStore store = new LuceneStore(s, now::get)) {
            fill(store);
            store.maintain();
            // 11-27 ended 1.5 days ago: kept; 11-24 and 11-20 ended more than 2 days ago
            assertEquals(List.of("events-2026-11-27", "events-2026-11-28", "events-2026-11-29"), names(store));
            assertEquals(60, store.count(CallerContext.system(), new Query.MatchAll(), TimeRange.all()));
            assertEquals(false, Files.exists(dir.resolve("events-2026-11-20")));
        }
        // and the drop survives a restart
        try (LuceneStore store = new LuceneStore(s, now::get)) {
            assertEquals(3, store.partitions().size());
        }
    }

    @Test
    void bySizeKeepsTheNewest() throws Exception {
        AtomicLong now = new AtomicLong(TestEvents.at("2026-11-29T12:00:00Z"));
        try (LuceneStore store = new LuceneStore(new StoreSettings(dir, 24, 0, 0, 20, 1000, 1000, 16), now::get)) {
            fill(store);
        }
        long one = Files.walk(dir.resolve("events-2026-11-29")).filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        // room for about two partitions
        StoreSettings capped = new StoreSettings(dir, 24, 0, one * 2 + one / 2, 20, 1000, 1000, 16);
        try (LuceneStore store = new LuceneStore(capped, now::get)) {
            store.maintain();
            assertEquals(List.of("events-2026-11-28", "events-2026-11-29"), names(store));
            assertEquals(40, store.count(CallerContext.system(), new Query.MatchAll(), TimeRange.all()));
        }
        StoreSettings tiny = new StoreSettings(dir, 24, 0, 1, 20, 1000, 1000, 16);
        try (LuceneStore store = new LuceneStore(tiny, now::get)) {
            store.maintain();
            assertEquals(List.of("events-2026-11-29"), names(store), "the newest partition is never dropped");
        }
    }
}
