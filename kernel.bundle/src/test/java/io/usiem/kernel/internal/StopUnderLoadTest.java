package io.usiem.kernel.internal;

import static io.usiem.kernel.internal.TestParsers.entry;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;
import io.usiem.kernel.internal.TestParsers.PrefixParser;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** Stopping (Config Admin reconfiguration, shutdown) under load: callers are told, and every line is accounted for. */
class StopUnderLoadTest {
    @Test
    void blockedCallersAreWokenAndEveryAcceptedLineIsCounted() throws Exception {
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
        PipelineEngine engine = new PipelineEngine(s, plugins);
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
        // The parse worker is stuck in its plug-in call and the queue is full: the producer waits for room.
        await().atMost(Duration.ofMinutes(2)).until(() -> engine.status().stages().get(1).queueDepth() == 64
                && producer.getState() == Thread.State.WAITING);
        try {
            int left = engine.stop(50);
            await().atMost(Duration.ofMinutes(2)).until(() -> told.get() != null);
            assertEquals(IllegalStateException.class, told.get().getClass(), "told the kernel is stopping");
            long accepted = engine.status().accepted();
            long counted = engine.status().dropped().entrySet().stream().filter(e -> e.getKey().startsWith("shutdown:"))
                    .mapToLong(e -> e.getValue()).sum();
            assertEquals(accepted, counted + store.events.size(), "every accepted line stored or counted as left");
            assertEquals(accepted, left, "the queue and the stuck worker's batch");
        } finally {
            release.countDown();
        }
        producer.join();
        assertFalse(interrupted.get(), "a worker inside a plug-in call is never interrupted");
    }
}
