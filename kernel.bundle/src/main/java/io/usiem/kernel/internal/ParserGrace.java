package io.usiem.kernel.internal;

import io.usiem.api.parser.RawLog;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/**
 * Holds lines no parser took while the parser set is changing (a parser bundle being updated leaves
 * a gap between its old and new service), and hands them back for one more try once a parser arrives
 * or the grace period ends. So an update sends in-flight lines to the replacement instead of storing
 * them raw. Bounded: past the capacity lines are stored raw at once.
 */
final class ParserGrace {
    /** A held line and when it was held. */
    private record Held(RawLog raw, long sinceNanos) {
    }

    private final long graceNanos;
    private final int capacity;
    private final ConcurrentLinkedQueue<Held> held = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final Set<Long> retries = ConcurrentHashMap.newKeySet();
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

    /** @return whether the line was held; false when full (store it raw now) */
    boolean hold(RawLog raw, long nowNanos) {
        if (size.incrementAndGet() > capacity) {
            size.decrementAndGet();
            return false;
        }
        held.add(new Held(raw, nowNanos));
        return true;
    }

    /** @return whether this line is coming back from the grace queue (then it is not held again) */
    boolean takeRetry(RawLog raw) {
        // Checked on every line: the common case (no retries outstanding) costs one volatile read.
        if (retryCount.get() == 0 || !retries.remove(raw.sequence())) {
            return false;
        }
        retryCount.decrementAndGet();
        return true;
    }

    private void markRetry(RawLog raw) {
        retries.add(raw.sequence());
        retryCount.incrementAndGet();
    }

    private void unmarkRetry(RawLog raw) {
        if (retries.remove(raw.sequence())) {
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
            boolean parserArrived = lastParserAddedNanos - h.sinceNanos() > 0;
            boolean expired = nowNanos - h.sinceNanos() > graceNanos;
            if (!parserArrived && !expired) {
                continue;
            }
            markRetry(h.raw());
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
            markRetry(h.raw());
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
