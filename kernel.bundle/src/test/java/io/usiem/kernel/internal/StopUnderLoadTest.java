package io.usiem.kernel.internal;

import static io.usiem.kernel.internal.TestParsers.entry;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Event;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;
import io.usiem.kernel.internal.TestParsers.PrefixParser;
import io.usiem.kernel.internal.journal.FsyncMode;
import io.usiem.kernel.internal.journal.SegmentJournal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping (Config Admin reconfiguration, shutdown) under load: callers waiting for room are told, and
 * every accepted line — in queues, in a stuck worker's hands — is processed after the restart, once.
 */
class StopUnderLoadTest {
    @TempDir
    Path dir;

    @Test
    void blockedCallersAreToldAndEveryAcceptedLineIsProcessedAfterTheRestart() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        PrefixParser blocking = new PrefixParser("ssh", "sshd:", true) {
            @Override
            public ParseResult parse(RawLog raw) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    interrupted.set(true);
                    Thread.currentThread().interrupt();
                }
                return super.parse(raw);
            }
        };
        PipelineSettings s = TestSettings.small().parseMax(1).build();
        Plugins plugins = Plugins.create(s.parsers());
        SegmentJournal journal = TestJournal.open(dir, FsyncMode.INTERVAL);
        PipelineEngine engine = new PipelineEngine(s, plugins, journal);
        MemorySink store = new MemorySink("memory");
        plugins.sinks().add(store, 0, 10);
        plugins.parsers().add(entry(blocking, 1));
        engine.start();
        AtomicReference<Throwable> told = new AtomicReference<>();
        Thread producer = new Thread(() -> {
            try {
                for (int i = 0; ; i++) {
                    engine.ingest(RawLog.of("sshd: user" + i));
                }
            } catch (Throwable t) {
                told.set(t);
            }
        });
        producer.start();
        // The parse worker is stuck in its plug-in call, the queue is full, the journal fills: the producer waits.
        await().atMost(Duration.ofMinutes(2)).until(() -> engine.status().stages().get(1).queueDepth() == 64
                && producer.getState() == Thread.State.WAITING);
        long accepted;
        try {
            int left = engine.stop(50);
            assertTrue(left > 0, "the queue and the stuck worker's batch were left");
            journal.close();
            await().atMost(Duration.ofMinutes(2)).until(() -> told.get() != null);
            assertEquals(IllegalStateException.class, told.get().getClass(), "told the kernel is stopping");
            accepted = engine.status().accepted();
            assertEquals(0, store.events.size());
        } finally {
            release.countDown();
        }
        producer.join();
        assertFalse(interrupted.get(), "a worker inside a plug-in call is never interrupted");

        // The restart (a new component after reconfiguration) replays every accepted line from the journal.
        PipelineSettings s2 = TestSettings.small().build();
        Plugins plugins2 = Plugins.create(s2.parsers());
        try (SegmentJournal reopened = TestJournal.open(dir, FsyncMode.INTERVAL)) {
            PipelineEngine restarted = new PipelineEngine(s2, plugins2, reopened);
            MemorySink store2 = new MemorySink("memory");
            plugins2.sinks().add(store2, 0, 10);
            plugins2.parsers().add(entry(new PrefixParser("ssh", "sshd:", true), 1));
            restarted.start();
            try {
                await().atMost(Duration.ofMinutes(2)).until(() -> store2.events.size() >= accepted);
                assertEquals(accepted, store2.events.size(), "each accepted line once");
                assertEquals(accepted, store2.events.stream().map(Event::sequence).distinct().count());
                await().atMost(Duration.ofMinutes(2)).until(() -> reopened.commitPoint() == reopened.appendedPosition());
            } finally {
                restarted.stop(5000);
            }
        }
    }
}
