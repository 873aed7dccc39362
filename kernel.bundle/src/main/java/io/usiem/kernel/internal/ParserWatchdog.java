package io.usiem.kernel.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Makes sure no parser can stall the pipeline: every parse call is recorded in its thread's slot, and a
 * periodic check finds calls running past the timeout (a runaway regular expression, an endless loop).
 * The stuck worker is replaced, so the stage keeps its capacity; a parser with two calls stuck at once
 * is quarantined ({@link ParserEntry#quarantined()}: other lines go to other parsers or are stored raw)
 * until one returns.
 */
final class ParserWatchdog {
    /**
     * The parse call a thread is in. The owner only counts calls and publishes the parser (no clock read
     * on the hot path); the watchdog times a call from the first check that saw it running.
     */
    static final class Slot {
        volatile ParserEntry parser;
        long calls;
        volatile boolean reported;
        // Touched by the checking thread only.
        private long seenCalls = -1;
        private long seenSinceNanos;
    }

    private final long timeoutNanos;
    private final Map<Thread, Slot> slots = new ConcurrentHashMap<>();
    private final ThreadLocal<Slot> mine = ThreadLocal.withInitial(() -> {
        Slot s = new Slot();
        slots.put(Thread.currentThread(), s);
        return s;
    });
    private volatile Consumer<ParserEntry> onStuck = e -> { };
    private volatile Consumer<ParserEntry> onRecovered = e -> { };

    ParserWatchdog(long timeoutMillis) {
        this.timeoutNanos = timeoutMillis * 1_000_000L;
    }

    void listen(Consumer<ParserEntry> stuck, Consumer<ParserEntry> recovered) {
        this.onStuck = stuck;
        this.onRecovered = recovered;
    }

    /** @return the calling thread's slot; look it up once per batch, not per line */
    Slot slot() {
        return mine.get();
    }

    void enter(Slot s, ParserEntry e) {
        s.calls++;
        s.parser = e;
    }

    void exit(Slot s) {
        ParserEntry e = s.parser;
        s.parser = null;
        if (s.reported) {
            s.reported = false;
            e.stuckNow.decrementAndGet();
            onRecovered.accept(e);
        }
    }

    /** Finds calls past the timeout; also forgets the slots of threads that ended. */
    synchronized void check(long nowNanos) {
        for (Map.Entry<Thread, Slot> entry : slots.entrySet()) {
            Slot s = entry.getValue();
            ParserEntry e = s.parser;
            if (e == null) {
                if (!entry.getKey().isAlive()) {
                    slots.remove(entry.getKey(), s);
                }
                continue;
            }
            long calls = s.calls;
            if (calls != s.seenCalls) {
                s.seenCalls = calls;
                s.seenSinceNanos = nowNanos;
                continue;
            }
            if (!s.reported && nowNanos - s.seenSinceNanos > timeoutNanos) {
                s.reported = true;
                e.stuckNow.incrementAndGet();
                e.stuck.increment();
                onStuck.accept(e);
            }
        }
    }
}
