package io.usiem.kernel.internal;

import static io.usiem.kernel.internal.TestParsers.entry;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Event;
import io.usiem.api.parser.RawLog;
import io.usiem.api.sink.RejectedEventsException;
import io.usiem.kernel.internal.TestParsers.PrefixParser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failing, replaced or picky sink loses nothing uncounted. */
class SinkOutageTest {
    @TempDir
    Path dir;
    private PipelineEngine engine;
    private Plugins plugins;

    private void start(TestSettings t) {
        PipelineSettings s = t.build();
        plugins = Plugins.create(s.parsers());
        engine = new PipelineEngine(s, plugins, TestJournal.open());
        plugins.parsers().add(entry(new PrefixParser("ssh", "sshd:", true), 1));
        engine.start();
    }

    @AfterEach
    void stop() {
        engine.stop(5000);
    }

    /** A sink that fails while {@code down} is set. */
    static final class FlakySink extends MemorySink {
        volatile boolean down = true;
        final AtomicInteger failures = new AtomicInteger();

        FlakySink(String name) {
            super(name);
        }

        @Override
        public void write(List<Event> batch) throws Exception {
            if (down) {
                failures.incrementAndGet();
                throw new IOException("connection refused");
            }
            super.write(batch);
        }
    }

    @Test
    void batchesAreHeldWhileASinkIsDownAndBackPressureFollows() throws Exception {
        start(TestSettings.small());
        FlakySink sink = new FlakySink("remote");
        plugins.sinks().add(sink, 0, 10);
        int total = 10_000;
        Thread producer = new Thread(() -> {
            try {
                for (int i = 0; i < total; i++) {
                    engine.ingest(RawLog.of("sshd: user" + i));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        producer.start();
        // Nothing leaves the pipeline while the sink is down: the queues fill and the producer waits.
        await().atMost(Duration.ofMinutes(2)).until(() -> sink.failures.get() >= 5
                && engine.status().stages().get(3).queueDepth() == 64 && producer.getState() == Thread.State.WAITING);
        assertTrue(engine.status().accepted() < total, "back-pressure reached the producer");
        assertEquals(0, sink.events.size());
        assertEquals(0, PipelineEngineTest.droppedTotal(engine), "held, not dropped after a few attempts");
        sink.down = false;
        producer.join();
        await().atMost(Duration.ofMinutes(2)).until(() -> sink.events.size() == total);
        assertEquals(total, sink.events.stream().map(Event::sequence).distinct().count());
        assertEquals(0, PipelineEngineTest.droppedTotal(engine));
        assertTrue(engine.status().errors().get("sink_retry:remote") >= 5);
    }

    @Test
    void aSinkBeingUpdatedLosesNothing() throws Exception {
        start(TestSettings.small());
        FlakySink v1 = new FlakySink("store");
        v1.down = false;
        plugins.sinks().add(v1, 0, 10);
        for (int i = 0; i < 100; i++) {
            engine.ingest(RawLog.of("sshd: before " + i));
        }
        await().atMost(Duration.ofMinutes(2)).until(() -> v1.events.size() == 100);
        // A bundle update: the old service fails while its bundle stops, then leaves; the new one comes later.
        v1.down = true;
        for (int i = 0; i < 100; i++) {
            engine.ingest(RawLog.of("sshd: during " + i));
        }
        await().atMost(Duration.ofMinutes(2)).until(() -> v1.failures.get() >= 1);
        plugins.sinks().remove(10);
        for (int i = 0; i < 100; i++) {
            engine.ingest(RawLog.of("sshd: between " + i));
        }
        MemorySink v2 = new MemorySink("store");
        plugins.sinks().add(v2, 0, 11);
        await().atMost(Duration.ofMinutes(2)).until(() -> v2.events.size() == 200);
        assertEquals(0, PipelineEngineTest.droppedTotal(engine));
    }

    @Test
    void eventsASinkRejectsAreCountedAndDeadLettered() throws Exception {
        Path deadLetters = dir.resolve("dead/letters.ndjson");
        start(TestSettings.small().deadLetter(deadLetters));
        MemorySink picky = new MemorySink("picky") {
            @Override
            public void write(List<Event> batch) throws Exception {
                List<Event> bad = batch.stream().filter(e -> e.raw().contains("bad")).toList();
                super.write(batch.stream().filter(e -> !bad.contains(e)).toList());
                if (!bad.isEmpty()) {
                    throw new RejectedEventsException("field user.name: not a keyword", bad);
                }
            }
        };
        plugins.sinks().add(picky, 0, 10);
        for (int i = 0; i < 20; i++) {
            engine.ingest(RawLog.of("sshd: " + (i % 5 == 0 ? "bad" : "good") + i));
        }
        await().atMost(Duration.ofMinutes(2))
                .until(() -> engine.status().dropped().getOrDefault("sink_rejected:picky", 0L) == 4);
        await().atMost(Duration.ofMinutes(2)).until(() -> picky.events.size() == 16);
        List<String> lines = Files.readAllLines(deadLetters);
        assertEquals(4, lines.size());
        assertTrue(lines.get(0).startsWith("{\"sink\":\"picky\",\"reason\":\"field user.name: not a keyword\",\"event\":{"),
                lines.get(0));
        assertTrue(lines.stream().allMatch(l -> l.contains("sshd: bad")));
    }
}
