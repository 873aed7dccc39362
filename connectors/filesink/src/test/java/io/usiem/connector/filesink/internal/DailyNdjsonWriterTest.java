package io.usiem.connector.filesink.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Event;
import io.usiem.api.event.Fields;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DailyNdjsonWriterTest {
    private static final long DAY = 86_400_000_000_000L;
    private static final long JAN_1_2026 = LocalDate.parse("2026-01-01").toEpochDay() * DAY;

    private static Event event(long receivedNanos, String user) {
        return Event.builder("line of " + user).receivedNanos(receivedNanos).set(Fields.USER_NAME, user).build();
    }

    @Test
    void writesOneJsonLinePerEventIntoTheFileOfItsDay(@TempDir Path dir) throws Exception {
        try (DailyNdjsonWriter w = new DailyNdjsonWriter(dir, 0, true, 0)) {
            w.write(List.of(event(JAN_1_2026 + 1, "a"), event(JAN_1_2026 + 2, "b"), event(JAN_1_2026 + DAY, "c")));
            w.write(List.of(event(JAN_1_2026 + DAY + 5, "d")));
        }
        List<String> first = Files.readAllLines(DailyNdjsonWriter.fileFor(dir, LocalDate.parse("2026-01-01")), StandardCharsets.UTF_8);
        List<String> second = Files.readAllLines(DailyNdjsonWriter.fileFor(dir, LocalDate.parse("2026-01-02")), StandardCharsets.UTF_8);
        assertEquals(List.of(event(JAN_1_2026 + 1, "a").toString(), event(JAN_1_2026 + 2, "b").toString()), first);
        assertEquals(2, second.size());
        assertTrue(second.get(1).contains("\"user.name\":\"d\""));
    }

    @Test
    void anInterruptedWriteDoesNotBreakTheArchive(@TempDir Path dir) throws Exception {
        try (DailyNdjsonWriter w = new DailyNdjsonWriter(dir, 0, false, 0)) {
            w.write(List.of(event(JAN_1_2026 + 1, "a")));
            // An interrupted writer thread: the channel closes itself (ClosedByInterruptException).
            Thread.currentThread().interrupt();
            try {
                w.write(List.of(event(JAN_1_2026 + 2, "lost")));
            } catch (java.io.IOException expected) {
                // The kernel holds the batch and retries it.
            } finally {
                Thread.interrupted();
            }
            w.write(List.of(event(JAN_1_2026 + 3, "b")));
        }
        List<String> lines = Files.readAllLines(DailyNdjsonWriter.fileFor(dir, LocalDate.parse("2026-01-01")), StandardCharsets.UTF_8);
        assertEquals(2, lines.size(), "the file was reopened after the failure");
        assertTrue(lines.get(1).contains("\"user.name\":\"b\""));
    }

    @Test
    void deletesFilesPastTheRetention(@TempDir Path dir) throws Exception {
        for (String d : new String[] {"2026-01-01", "2026-01-05", "2026-01-06", "2026-01-07"}) {
            Files.writeString(DailyNdjsonWriter.fileFor(dir, LocalDate.parse(d)), "{}\n");
        }
        Files.writeString(dir.resolve("events-notes.ndjson"), "not ours\n");
        try (DailyNdjsonWriter w = new DailyNdjsonWriter(dir, 3, false, 0)) {
            assertEquals(1, w.deleteExpired(LocalDate.parse("2026-01-07")), "keeps 01-05, 01-06 and 01-07");
        }
        assertFalse(Files.exists(DailyNdjsonWriter.fileFor(dir, LocalDate.parse("2026-01-01"))));
        assertFalse(Files.exists(DailyNdjsonWriter.fileFor(dir, LocalDate.parse("2026-01-04"))));
        assertTrue(Files.exists(DailyNdjsonWriter.fileFor(dir, LocalDate.parse("2026-01-05"))));
        assertTrue(Files.exists(dir.resolve("events-notes.ndjson")));
    }

    @Test
    void concurrentBatchesNeverInterleaveLines(@TempDir Path dir) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (DailyNdjsonWriter w = new DailyNdjsonWriter(dir, 0, false, 0)) {
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                jobs.add(pool.submit(() -> {
                    for (int b = 0; b < 100; b++) {
                        List<Event> batch = new ArrayList<>();
                        for (int i = 0; i < 50; i++) {
                            batch.add(event(JAN_1_2026, thread + "-" + b + "-" + i));
                        }
                        w.write(batch);
                    }
                    return null;
                }));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        List<String> lines = Files.readAllLines(DailyNdjsonWriter.fileFor(dir, LocalDate.parse("2026-01-01")), StandardCharsets.UTF_8);
        assertEquals(20_000, lines.size());
        Set<String> unique = new HashSet<>(lines);
        assertEquals(20_000, unique.size());
        assertTrue(lines.stream().allMatch(l -> l.startsWith("{\"@timestamp\"") && l.endsWith("}")));
    }
}
