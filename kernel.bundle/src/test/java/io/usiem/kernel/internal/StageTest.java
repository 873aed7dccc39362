package io.usiem.kernel.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class StageTest {
    @Test
    void addsWorkersWhileCongestedAndRetiresThemWhenIdle() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicLong handled = new AtomicLong();
        DropCounters drops = new DropCounters();
        Stage<Integer> stage = new Stage<>(new StageSettings("test", 16, 1, 3, 1, 2, 3), batch -> {
            release.await();
            handled.addAndGet(batch.size());
        }, drops);
        stage.start();
        assertEquals(1, stage.status().workers());
        for (int i = 0; i < 16; i++) {
            stage.put(i);
        }
        // Workers are blocked, so the queue stays at least half full: two congested ticks add a worker.
        stage.adjust();
        assertEquals(1, stage.status().workers());
        stage.adjust();
        assertEquals(2, stage.status().workers());
        stage.adjust();
        stage.adjust();
        assertEquals(3, stage.status().workers());
        stage.adjust();
        stage.adjust();
        assertEquals(3, stage.status().workers(), "never more than the maximum");
        release.countDown();
        await().atMost(Duration.ofMinutes(2)).until(() -> handled.get() == 16);
        // Empty queue for three ticks retires one worker at a time, down to the minimum.
        for (int i = 0; i < 12; i++) {
            stage.adjust();
        }
        await().atMost(Duration.ofMinutes(2)).until(() -> stage.status().workers() == 1);
        assertEquals(0, stage.stop(1000));
        assertEquals(16, stage.status().processed());
        assertEquals(0, drops.total());
    }

    @Test
    void stopDrainsTheQueue() throws Exception {
        AtomicLong handled = new AtomicLong();
        Stage<Integer> stage = new Stage<>(new StageSettings("drain", 1024, 1, 1, 8, 2, 3), batch -> handled.addAndGet(batch.size()), new DropCounters());
        stage.start();
        for (int i = 0; i < 1000; i++) {
            stage.put(i);
        }
        assertEquals(0, stage.stop(10_000));
        assertEquals(1000, handled.get());
    }
}
