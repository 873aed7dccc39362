package io.usiem.kernel.internal;

import io.usiem.api.parser.RawLog;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/**
 * Holds lines no parser took while the parser set is changing (a parser bundle being updated leaves
 * a gap between its old and new service), and hands them back for one more try once a parser arrives
 * or the grace period ends. So an update sends in-flight lines to the replacement instead of storing
 * them raw. A line that still finds no parser waits again until its grace period, counted from when it
 * was first held, is over. Bounded: past the capacity lines are stored raw at once.
 */
final class ParserGrace {
    /** A held line, when it was last held and when it was first held. */
    private record Held(RawLog raw, long heldNanos, long firstHeldNanos) {
    }

    /** What {@link #takeRetry(RawLog)} answers for a line that is not coming back from the grace queue. */
    static final long NOT_A_RETRY = Long.MIN_VALUE;

    private final long graceNanos;
    private final int capacity;
    private final ConcurrentLinkedQueue<Held> held = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    /** Sequence of each line handed back for another try, to when it was first held. */
    private final ConcurrentHashMap<Long, Long> retries = new ConcurrentHashMap<>();
    private final AtomicInteger retryCount = new AtomicInteger();
    private final LongAdder released = new LongAdder();

    ParserGrace(long graceMillis, int capacity) {
        this.graceNanos = graceMillis * 1_000_000L;
        this.capacity = capacity;
    }

    boolean enabled() {
        return graceNanos > 0;
    }

    long graceNanos() {
        return graceNanos;
    }

    /**
     * @param heldNanos taken before the line was parsed, so a parser that arrived meanwhile releases it
     * @param firstHeldNanos when the line was first held; the grace period counts from there
     * @return whether the line was held; false when full (store it raw now)
     */
    boolean hold(RawLog raw, long heldNanos, long firstHeldNanos) {
        if (size.incrementAndGet() > capacity) {
            size.decrementAndGet();
            return false;
        }
        held.add(new Held(raw, heldNanos, firstHeldNanos));
        return true;
    }

    /** @return when the line was first held if it is coming back for another try, else {@link #NOT_A_RETRY} */
    long takeRetry(RawLog raw) {
        // Checked on every line: the common case (no retries outstanding) costs one volatile read.
        if (retryCount.get() == 0) {
            return NOT_A_RETRY;
        }
        Long first = retries.remove(raw.sequence());
        if (first == null) {
            return NOT_A_RETRY;
        }
        retryCount.decrementAndGet();
        return first;
    }

    /** @return whether a line first held then may wait longer */
    boolean withinGrace(long firstHeldNanos, long nowNanos) {
        return nowNanos - firstHeldNanos < graceNanos;
    }

    private void markRetry(Held h) {
        retries.put(h.raw().sequence(), h.firstHeldNanos());
        retryCount.incrementAndGet();
    }

    private void unmarkRetry(RawLog raw) {
        if (retries.remove(raw.sequence()) != null) {
            retryCount.decrementAndGet();
        }
    }

    /**
     * Hands back, in order, the lines whose grace ended or that were held before the last parser
     * arrived. Stops at the first line {@code requeue} refuses (queue full) and tries again next time.
     */
    void release(long nowNanos, long lastParserAddedNanos, Predicate<RawLog> requeue) {
        for (Iterator<Held> it = held.iterator(); it.hasNext(); ) {
            Held h = it.next();
            boolean parserArrived = lastParserAddedNanos - h.heldNanos() > 0;
            boolean expired = !withinGrace(h.firstHeldNanos(), nowNanos);
            if (!parserArrived && !expired) {
                continue;
            }
            markRetry(h);
            if (!requeue.test(h.raw())) {
                unmarkRetry(h.raw());
                return;
            }
            it.remove();
            size.decrementAndGet();
            released.increment();
        }
    }

    /** Takes every held line, marked as retries, for a last try before the pipeline stops. */
    List<RawLog> drainForShutdown() {
        List<RawLog> out = new ArrayList<>();
        Held h;
        while ((h = held.poll()) != null) {
            size.decrementAndGet();
            markRetry(h);
            out.add(h.raw());
        }
        return out;
    }

    int size() {
        return size.get();
    }

    int capacity() {
        return capacity;
    }

    long released() {
        return released.sum();
    }
}
