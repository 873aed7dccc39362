package io.usiem.kernel.internal.journal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Turns out-of-order acknowledgements of several sinks into a commit point: the first position not yet written
 * by every required sink. Each sink reports ranges it has durably written, in any order; a sink's own watermark
 * moves over contiguous ranges only, and the commit point is the lowest watermark. Thread-safe: a sink's cursor
 * locks only itself, the commit point moves by compare-and-set.
 */
public final class CommitTracker {
    private final List<SinkCursor> sinks = new CopyOnWriteArrayList<>();
    private final AtomicLong commitPoint;
    private final LongConsumer onAdvance;

    /**
     * @param start the journal's commit point at start: everything below it is delivered
     * @param onAdvance called with each new commit point, e.g. {@link Journal#commit}; may be called concurrently
     *        and out of order, so it must keep the maximum (as {@code Journal.commit} does)
     */
    public CommitTracker(long start, LongConsumer onAdvance) {
        this.commitPoint = new AtomicLong(start);
        this.onAdvance = onAdvance;
    }

    /** Adds a required sink; it must acknowledge everything from the current commit point on. */
    public SinkCursor register(String name) {
        SinkCursor cursor = new SinkCursor(name, commitPoint.get());
        sinks.add(cursor);
        return cursor;
    }

    /** Removes a sink; what only it still held back becomes committed. */
    public void unregister(SinkCursor cursor) {
        sinks.remove(cursor);
        advance();
    }

    /** @return the first position not yet acknowledged by every required sink */
    public long commitPoint() {
        return commitPoint.get();
    }

    private void advance() {
        long lowest = Long.MAX_VALUE;
        for (SinkCursor sink : sinks) {
            lowest = Math.min(lowest, sink.watermark);
        }
        if (lowest == Long.MAX_VALUE) {
            return; // no required sink: nothing may be committed on nobody's word
        }
        long previous = commitPoint.getAndAccumulate(lowest, Math::max);
        if (lowest > previous) {
            onAdvance.accept(lowest);
        }
    }

    /** One sink's progress; acknowledge through it from any thread. */
    public final class SinkCursor {
        private final String name;
        private volatile long watermark;
        /** Acknowledged ranges beyond the watermark: start -> end (exclusive), merged, never overlapping. */
        private final TreeMap<Long, Long> ahead = new TreeMap<>();

        private SinkCursor(String name, long watermark) {
            this.name = name;
            this.watermark = watermark;
        }

        /** The sink has durably written the record at {@code position}. */
        public void ack(long position) {
            ack(position, position + 1);
        }

        /** The sink has durably written the records from {@code from} (inclusive) to {@code to} (exclusive). */
        public void ack(long from, long to) {
            if (to <= from) {
                return;
            }
            boolean moved;
            synchronized (this) {
                long mark = watermark;
                if (to <= mark) {
                    return; // a replayed duplicate
                }
                if (from <= mark) {
                    mark = to;
                    for (Map.Entry<Long, Long> next = ahead.firstEntry(); next != null && next.getKey() <= mark;
                            next = ahead.firstEntry()) {
                        mark = Math.max(mark, next.getValue());
                        ahead.pollFirstEntry();
                    }
                    watermark = mark;
                    moved = true;
                } else {
                    insert(from, to);
                    moved = false;
                }
            }
            if (moved) {
                advance();
            }
        }

        private void insert(long from, long to) {
            Map.Entry<Long, Long> before = ahead.floorEntry(from);
            if (before != null && before.getValue() >= from) {
                from = before.getKey();
                to = Math.max(to, before.getValue());
            }
            for (Map.Entry<Long, Long> after = ahead.ceilingEntry(from); after != null && after.getKey() <= to;
                    after = ahead.ceilingEntry(from)) {
                to = Math.max(to, after.getValue());
                ahead.remove(after.getKey());
            }
            ahead.put(from, to);
        }

        /** @return the first position this sink has not acknowledged */
        public long watermark() {
            return watermark;
        }

        /** @return acknowledged ranges waiting for a gap below them to close */
        public synchronized int pendingRanges() {
            return ahead.size();
        }

        public String name() {
            return name;
        }

        @Override
        public String toString() {
            return name + "@" + watermark;
        }
    }
}
