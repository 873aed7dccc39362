package io.usiem.kernel.internal;

import io.usiem.api.event.Event;
import io.usiem.kernel.internal.journal.CommitTracker;
import io.usiem.kernel.internal.journal.Journal;

import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Knows when a journaled line is done: parsed into k events (0 when discarded) and each of those events
 * handed to every sink (written, rejected into the dead letters, or counted). Done lines move the
 * journal's commit point through a {@link CommitTracker}, which turns out-of-order completions into the
 * first position not yet done. The pending event counts live in a ring indexed by position: the feed never
 * reads more than {@link #WINDOW} lines past the commit point, so two lines in flight never share a slot.
 */
final class LineCompletion {
    static final int WINDOW = 1 << 20;
    private static final int MASK = WINDOW - 1;

    private final AtomicIntegerArray pending = new AtomicIntegerArray(WINDOW);
    private final CommitTracker tracker;
    private final CommitTracker.SinkCursor cursor;

    LineCompletion(Journal journal) {
        this.tracker = new CommitTracker(journal.commitPoint(), journal::commit);
        // One cursor: delivery returns only once every sink has the batch, so the pipeline speaks for them all.
        this.cursor = tracker.register("pipeline");
    }

    /** @return the first journal position not yet done */
    long commitPoint() {
        return tracker.commitPoint();
    }

    /**
     * The parse step decided a line's fate.
     *
     * @param sequence the line's ingest sequence (journal position + 1)
     * @param events how many events it became; 0 when discarded
     */
    void parsed(long sequence, int events) {
        if (events == 0) {
            cursor.ack(sequence - 1);
        } else {
            pending.set((int) (sequence & MASK), events);
        }
    }

    /** Every sink has dealt with these events. */
    void delivered(List<Event> events) {
        for (int i = 0; i < events.size(); i++) {
            long sequence = events.get(i).position();
            if (sequence > 0 && pending.decrementAndGet((int) (sequence & MASK)) == 0) {
                cursor.ack(sequence - 1);
            }
        }
    }
}
