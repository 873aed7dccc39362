package io.usiem.itests;

import io.usiem.api.event.Event;
import io.usiem.api.event.Tags;
import io.usiem.api.sink.EventSink;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** An event sink registered by the tests: remembers what it received and lets a test wait for a count. */
final class CountingSink implements EventSink {
    final Set<Long> sequences = ConcurrentHashMap.newKeySet();
    final AtomicLong events = new AtomicLong();
    final AtomicLong unparsed = new AtomicLong();
    final ConcurrentHashMap<String, Event> byRaw = new ConcurrentHashMap<>();
    volatile Event firstUnparsed;

    private volatile java.util.function.Predicate<String> filter = raw -> true;

    /**
     * Counts only the events whose raw line passes, from now on: a test's counts stay its own when a line of an
     * earlier test (a resent UDP datagram) arrives late.
     */
    synchronized void countOnly(java.util.function.Predicate<String> rawFilter) {
        filter = rawFilter;
        sequences.clear();
        events.set(0);
        unparsed.set(0);
    }

    @Override
    public String name() {
        return "itest-counter";
    }

    @Override
    public void write(List<Event> batch) {
        int counted = 0;
        for (Event e : batch) {
            if (e.raw().startsWith("itest ")) {
                byRaw.put(e.raw(), e);
            }
            if (!filter.test(e.raw())) {
                continue;
            }
            counted++;
            sequences.add(e.sequence());
            if (e.hasTag(Tags.UNPARSED) && unparsed.incrementAndGet() == 1) {
                firstUnparsed = e;
            }
        }
        synchronized (this) {
            events.addAndGet(counted);
            notifyAll();
        }
    }

    /** Waits on the sink's monitor (signalled by every write) until the count is reached. */
    synchronized boolean awaitEvents(long count, long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (events.get() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    synchronized Event awaitRaw(String raw, long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!byRaw.containsKey(raw)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return byRaw.get(raw);
    }
}
