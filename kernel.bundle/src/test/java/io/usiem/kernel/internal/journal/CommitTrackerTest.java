package io.usiem.kernel.internal.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class CommitTrackerTest {
    private final AtomicLong committed = new AtomicLong(-1);
    private final CommitTracker tracker = new CommitTracker(0, p -> committed.accumulateAndGet(p, Math::max));

    @Test
    void advancesOnlyOverContiguousAcknowledgements() {
        CommitTracker.SinkCursor sink = tracker.register("store");
        sink.ack(2);
        sink.ack(5, 8);
        assertEquals(0, tracker.commitPoint());
        sink.ack(0);
        assertEquals(1, tracker.commitPoint());
        sink.ack(1);
        assertEquals(3, tracker.commitPoint());
        sink.ack(3, 5);
        assertEquals(8, tracker.commitPoint());
        assertEquals(8, committed.get());
        assertEquals(0, sink.pendingRanges());
        sink.ack(4); // a replayed duplicate changes nothing
        assertEquals(8, tracker.commitPoint());
    }

    @Test
    void waitsForEveryRequiredSink() {
        CommitTracker.SinkCursor store = tracker.register("store");
        CommitTracker.SinkCursor forwarder = tracker.register("forwarder");
        store.ack(0, 100);
        assertEquals(0, tracker.commitPoint());
        forwarder.ack(50, 100);
        forwarder.ack(0, 40);
        assertEquals(40, tracker.commitPoint());
        forwarder.ack(40, 50);
        assertEquals(100, tracker.commitPoint());
        store.ack(100, 120);
        assertEquals(100, tracker.commitPoint());
        tracker.unregister(forwarder);
        assertEquals(120, tracker.commitPoint(), "a removed sink no longer holds the commit point back");
    }

    @Test
    void concurrentOutOfOrderAcksFromSeveralSinksReachTheEnd() throws Exception {
        int sinks = 3;
        int ranges = 20_000;
        List<CommitTracker.SinkCursor> cursors = new ArrayList<>();
        for (int s = 0; s < sinks; s++) {
            cursors.add(tracker.register("sink" + s));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int s = 0; s < sinks; s++) {
                for (int half = 0; half < 2; half++) {
                    CommitTracker.SinkCursor cursor = cursors.get(s);
                    List<Integer> mine = new ArrayList<>();
                    for (int r = half; r < ranges; r += 2) {
                        mine.add(r);
                    }
                    Collections.shuffle(mine, new Random(s * 2L + half));
                    work.add(pool.submit(() -> mine.forEach(r -> cursor.ack(r * 3L, r * 3L + 3))));
                }
            }
            for (Future<?> f : work) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(ranges * 3L, tracker.commitPoint());
        assertEquals(ranges * 3L, committed.get());
    }
}
