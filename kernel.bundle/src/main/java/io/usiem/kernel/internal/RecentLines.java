package io.usiem.kernel.internal;

import io.usiem.api.parser.RawLog;

import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The journal's in-memory read-ahead: lines just appended, by position, so the feed hands the ingest
 * thread's own objects to the parse stage instead of reading and decoding them back from disk. A line
 * missing here (a restart's replay, a slot already reused) is read from the journal; this is never the
 * only copy.
 */
final class RecentLines {
    private final AtomicReferenceArray<RawLog> slots;
    private final int mask;

    RecentLines(int capacityPowerOfTwo) {
        this.slots = new AtomicReferenceArray<>(capacityPowerOfTwo);
        this.mask = capacityPowerOfTwo - 1;
    }

    /** Lines appended at {@code firstPosition} onwards, in order. */
    void put(long firstPosition, List<RawLog> lines) {
        for (int i = 0; i < lines.size(); i++) {
            long position = firstPosition + i;
            slots.set((int) (position & mask), lines.get(i).withSequence(position + 1));
        }
    }

    /** @return the line at that journal position, once, or null when it is not (or no longer) here */
    RawLog take(long position) {
        int slot = (int) (position & mask);
        RawLog r = slots.get(slot);
        if (r != null && r.sequence() == position + 1 && slots.compareAndSet(slot, r, null)) {
            return r;
        }
        return null;
    }
}
