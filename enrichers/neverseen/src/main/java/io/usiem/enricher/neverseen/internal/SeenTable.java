package io.usiem.enricher.neverseen.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A fixed-size, lock-free set of 64-bit address fingerprints (open addressing, linear probing, CAS
 * inserts). Never grows: the owner rotates to a fresh table when {@link #count()} reaches its limit.
 * Fingerprints are never 0 (0 marks an empty slot).
 */
final class SeenTable {
    private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(long[].class);
    private static final VarHandle COUNT;
    private static final int MAX_PROBE = 64;

    static {
        try {
            COUNT = MethodHandles.lookup().findVarHandle(SeenTable.class, "count", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final long[] slots;
    private final int mask;
    final long createdMillis;
    @SuppressWarnings("unused") // updated through COUNT
    private volatile int count;

    /** @param capacity addresses to hold; the table has at least twice as many slots */
    SeenTable(int capacity, long createdMillis) {
        int size = Integer.highestOneBit(Math.max(16, capacity) * 2 - 1) << 1;
        this.slots = new long[size];
        this.mask = size - 1;
        this.createdMillis = createdMillis;
    }

    int count() {
        return count;
    }

    boolean contains(long fp) {
        int h = (int) (fp ^ (fp >>> 32)) & mask;
        for (int i = 0; i < MAX_PROBE; i++) {
            long s = (long) SLOTS.getAcquire(slots, h);
            if (s == fp) {
                return true;
            }
            if (s == 0) {
                return false;
            }
            h = (h + 1) & mask;
        }
        return false;
    }

    /** @return true when the fingerprint was added, false when it was there (or the probe run is full) */
    boolean add(long fp) {
        int h = (int) (fp ^ (fp >>> 32)) & mask;
        for (int i = 0; i < MAX_PROBE; i++) {
            long s = (long) SLOTS.getAcquire(slots, h);
            if (s == fp) {
                return false;
            }
            if (s == 0) {
                if (SLOTS.compareAndSet(slots, h, 0L, fp)) {
                    COUNT.getAndAdd(this, 1);
                    return true;
                }
                if ((long) SLOTS.getAcquire(slots, h) == fp) {
                    return false;
                }
            }
            h = (h + 1) & mask;
        }
        // a full probe run: treat as seen rather than tag the same address again and again
        return false;
    }

    /** Calls {@code sink} with every fingerprint (for saving). */
    void forEach(java.util.function.LongConsumer sink) {
        for (int i = 0; i < slots.length; i++) {
            long s = (long) SLOTS.getAcquire(slots, i);
            if (s != 0) {
                sink.accept(s);
            }
        }
    }

    /** 64-bit fingerprint of a 128-bit address key; stable across restarts (saved state), never 0. */
    static long fingerprint(long hi, long lo) {
        long h = hi * 0x9E37_79B9_7F4A_7C15L + lo;
        h ^= h >>> 33;
        h *= 0xFF51_AFD7_ED55_8CCDL;
        h ^= h >>> 33;
        h *= 0xC4CE_B9FE_1A85_EC53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
