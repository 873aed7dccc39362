package io.usiem.kernel.internal;

import static io.usiem.kernel.internal.TestParsers.entry;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Event;
import io.usiem.api.parser.RawLog;
import io.usiem.api.sink.AsyncEventSink;
import io.usiem.kernel.internal.TestParsers.PrefixParser;
import io.usiem.kernel.internal.journal.FsyncMode;
import io.usiem.kernel.internal.journal.SegmentJournal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sinks that acknowledge later: the output stage does not wait for them, the journal commits only what they have
 * reported durable, their window bounds what they hold, a late failure is retried, and what a vanished sink never
 * reported replays after a restart.
 */
class AsyncSinkTest {
    @TempDir
    Path dir;
    private SegmentJournal journal;
    private PipelineEngine engine;
    private Plugins plugins;

    private void start(TestSettings t) {
        PipelineSettings s = t.build();
        plugins = Plugins.create(s.parsers());
        journal = TestJournal.open(dir, FsyncMode.NONE);
        engine = new PipelineEngine(s, plugins, journal);
        plugins.parsers().add(entry(new PrefixParser("ssh", "sshd:", true), 1));
        engine.start();
    }

    private void restart(TestSettings t) throws Exception {
        engine.stop(5000);
        journal.close();
        start(t);
    }

    @AfterEach
    void stop() throws Exception {
        engine.stop(5000);
        journal.close();
    }

    /** Keeps every batch's completion for the test to end; acknowledges nothing by itself. */
    static final class LateSink implements AsyncEventSink {
        final String name;
        final ConcurrentLinkedQueue<Accepted> accepted = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Event> durable = new ConcurrentLinkedQueue<>();

        record Accepted(List<Event> events, CompletableFuture<Void> done) {
        }

        LateSink(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public CompletionStage<Void> writeAsync(List<Event> events) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            accepted.add(new Accepted(List.copyOf(events), done));
            return done;
        }

        /** Commits everything accepted so far. */
        int commitAll() {
            int n = 0;
            Accepted a;
            while ((a = accepted.poll()) != null) {
                durable.addAll(a.events());
                a.done().complete(null);
                n += a.events().size();
            }
            return n;
        }

        int acceptedEvents() {
            return accepted.stream().mapToInt(a -> a.events().size()).sum();
        }
    }

    private void ingest(String prefix, int count) throws InterruptedException {
        for (int i = 0; i < count; i++) {
            engine.ingest(RawLog.of("sshd: " + prefix + i));
        }
    }

    @Test
    void theJournalCommitsOnlyWhatTheSinkReportedDurable() throws Exception {
        start(TestSettings.small().inFlight(1000, 100_000));
        LateSink sink = new LateSink("store");
        plugins.sinks().add(sink, 0, 10);
        ingest("a", 200);
        // every batch is handed over without waiting for a commit
        await().atMost(Duration.ofMinutes(2)).until(() -> sink.acceptedEvents() == 200);
        assertEquals(0, journal.commitPoint(), "nothing reported durable, nothing committed");
        assertEquals(0, engine.status().completed());
        assertEquals(200, sink.commitAll());
        await().atMost(Duration.ofMinutes(2)).until(() -> journal.commitPoint() == 200);
        assertEquals(200, engine.status().completed());
        assertEquals(0, PipelineEngineTest.droppedTotal(engine));
    }

    @Test
    void aFullWindowHoldsTheOutputBack() throws Exception {
        start(TestSettings.small().inFlight(3, 1000));
        LateSink sink = new LateSink("store");
        plugins.sinks().add(sink, 0, 10);
        int total = 10_000;
        Thread producer = new Thread(() -> {
            try {
                ingest("b", total);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        producer.start();
        // three batches in flight, then the output stage waits, its queue fills, and so on up to the producer
        await().atMost(Duration.ofMinutes(2)).until(() -> sink.accepted.size() == 3
                && engine.status().stages().get(3).queueDepth() == 64 && producer.getState() == Thread.State.WAITING);
        assertEquals(3, sink.accepted.size(), "the window never holds more than three batches");
        assertTrue(engine.status().accepted() < total, "back-pressure reached the producer");
        // committing frees the window; everything then flows through, each batch reported in its turn
        await().atMost(Duration.ofMinutes(2)).until(() -> {
            sink.commitAll();
            return sink.durable.size() == total;
        });
        producer.join();
        await().atMost(Duration.ofMinutes(2)).until(() -> journal.commitPoint() == total);
        assertEquals(total, sink.durable.stream().map(Event::sequence).distinct().count());
        assertEquals(0, PipelineEngineTest.droppedTotal(engine));
    }

    @Test
    void aBatchReportedFailedIsRetriedUntilDurable() throws Exception {
        start(TestSettings.small());
        AtomicInteger failures = new AtomicInteger();
        ConcurrentLinkedQueue<Event> stored = new ConcurrentLinkedQueue<>();
        Set<List<Event>> failedOnce = java.util.concurrent.ConcurrentHashMap.newKeySet();
        AsyncEventSink flaky = new AsyncEventSink() {
            @Override
            public String name() {
                return "flaky";
            }

            @Override
            public CompletionStage<Void> writeAsync(List<Event> events) {
                // every batch fails once, reported from another thread as a store's commit thread would
                return CompletableFuture.runAsync(() -> {
                    if (failedOnce.add(events)) {
                        failures.incrementAndGet();
                        throw new IllegalStateException(new IOException("commit failed: disk full"));
                    }
                    stored.addAll(events);
                });
            }
        };
        plugins.sinks().add(flaky, 0, 10);
        ingest("c", 300);
        await().atMost(Duration.ofMinutes(2)).until(() -> journal.commitPoint() == 300);
        assertEquals(300, stored.stream().map(Event::sequence).distinct().count(), "every event durable once");
        assertEquals(300, stored.size(), "a failed batch is written again, not twice");
        assertTrue(failures.get() >= 1);
        assertEquals((long) failures.get(), engine.status().errors().get("sink_retry:flaky"));
        assertEquals(0, PipelineEngineTest.droppedTotal(engine));
    }

    @Test
    void aBatchNotEvenAcceptedIsHeldAndWrittenAgain() throws Exception {
        start(TestSettings.small());
        Set<String> refusedOnce = java.util.concurrent.ConcurrentHashMap.newKeySet();
        ConcurrentLinkedQueue<Event> stored = new ConcurrentLinkedQueue<>();
        AsyncEventSink full = new AsyncEventSink() {
            @Override
            public String name() {
                return "full";
            }

            @Override
            public CompletionStage<Void> writeAsync(List<Event> events) throws IOException {
                if (refusedOnce.add(events.get(0).raw())) {
                    throw new IOException("queue full");
                }
                stored.addAll(events);
                return CompletableFuture.completedFuture(null);
            }
        };
        plugins.sinks().add(full, 0, 10);
        ingest("f", 100);
        await().atMost(Duration.ofMinutes(2)).until(() -> journal.commitPoint() == 100);
        assertEquals(100, stored.size());
        assertEquals(100, stored.stream().map(Event::sequence).distinct().count());
        assertTrue(engine.status().errors().get("sink_retry:full") >= 1);
        assertEquals(0, PipelineEngineTest.droppedTotal(engine));
    }

    @Test
    void whatAVanishedSinkNeverReportedReplaysAfterARestart() throws Exception {
        start(TestSettings.small().inFlight(1000, 100_000));
        LateSink gone = new LateSink("store");
        plugins.sinks().add(gone, 0, 10);
        ingest("d", 100);
        await().atMost(Duration.ofMinutes(2)).until(() -> gone.acceptedEvents() == 100);
        // the sink leaves without ever reporting; its replacement takes what comes next
        plugins.sinks().remove(10);
        LateSink next = new LateSink("store");
        plugins.sinks().add(next, 0, 11);
        ingest("e", 50);
        await().atMost(Duration.ofMinutes(2)).until(() -> next.acceptedEvents() == 50);
        next.commitAll();
        await().atMost(Duration.ofMinutes(2)).until(() -> engine.status().completed() == 50);
        assertEquals(0, journal.commitPoint(), "the unreported lines hold the commit point back");

        TestSettings t = TestSettings.small().inFlight(1000, 100_000);
        restart(t);
        LateSink after = new LateSink("store");
        plugins.sinks().add(after, 0, 12);
        await().atMost(Duration.ofMinutes(2)).until(() -> {
            after.commitAll();
            return journal.commitPoint() == 150;
        });
        Set<String> raws = new HashSet<>();
        after.durable.forEach(e -> raws.add(e.raw()));
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            if (!raws.contains("sshd: d" + i)) {
                missing.add("d" + i);
            }
        }
        assertEquals(List.of(), missing, "every line the vanished sink held is replayed");
    }
}
