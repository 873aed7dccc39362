package io.usiem.kernel.internal.journal;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The flusher's thread outlives whatever a tick throws. */
class FlusherTest {
    /** Before the fix an Error ended the thread: no further tick, so no acknowledgement, ever. */
    @Test
    void anErrorThrownByATickDoesNotStopTheFlusher() throws Exception {
        AtomicInteger ticks = new AtomicInteger();
        Flusher flusher = new Flusher("flusher-test", TimeUnit.MILLISECONDS.toNanos(1), () -> {
            if (ticks.incrementAndGet() == 1) {
                throw new AssertionError("a durable future's callback failed");
            }
        });
        flusher.start();
        try {
            await().atMost(Duration.ofMinutes(5)).until(() -> ticks.get() >= 3);
        } finally {
            flusher.stop();
        }
    }
}
