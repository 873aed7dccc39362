package io.usiem.kernel.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Makes sure no parser can stall the pipeline: every parse call is recorded in its thread's slot, and a
 * periodic check finds calls running past the timeout (a runaway regular expression, an endless loop).
 * The stuck worker's batch goes to a replacement worker, so the stage keeps its capacity; a parser with
 * two calls stuck at once is quarantined ({@link ParserEntry#quarantined()}: other lines go to other
 * parsers or are stored raw) until one returns.
 */
final class ParserWatchdog {
    /** One parse call; its state moves once from running to reported (stuck) or done, never both. */
    private static final class Call {
        static final int RUNNING = 0;
        static final int REPORTED = 1;
        static final int DONE = 2;
        final ParserEntry parser;
        final AtomicInteger state = new AtomicInteger(RUNNING);

        Call(ParserEntry parser) {
            this.parser = parser;
        }
    }

    /**
     * The parse call a thread is in, and the batch it works on. The owner only publishes the call (no clock
     * read on the hot path); the watchdog times a call from the first check that saw it running.
     */
    static final class Slot {
        private volatile Call call;
        /** The batch the thread works on, for the watchdog to hand over when the thread is stuck. */
        volatile ParseClaim claim;
        // Touched by the checking thread only.
        private Call seen;
        private long seenSinceNanos;
    }

    private final long timeoutNanos;
    private final Map<Thread, Slot> slots = new ConcurrentHashMap<>();
    private final ThreadLocal<Slot> mine = ThreadLocal.withInitial(() -> {
        Slot s = new Slot();
        slots.put(Thread.currentThread(), s);
        return s;
    });
    private volatile BiConsumer<ParserEntry, Slot> onStuck = (e, s) -> { };
    private volatile Consumer<ParserEntry> onRecovered = e -> { };

    ParserWatchdog(long timeoutMillis) {
        this.timeoutNanos = timeoutMillis * 1_000_000L;
    }

    long timeoutMillis() {
        return timeoutNanos / 1_000_000L;
    }

    void listen(BiConsumer<ParserEntry, Slot> stuck, Consumer<ParserEntry> recovered) {
        this.onStuck = stuck;
        this.onRecovered = recovered;
    }

    /** @return the calling thread's slot; look it up once per batch, not per line */
    Slot slot() {
        return mine.get();
    }

    void enter(Slot s, ParserEntry e) {
        s.call = new Call(e);
    }

    void exit(Slot s) {
        Call c = s.call;
        s.call = null;
        if (c != null && c.state.getAndSet(Call.DONE) == Call.REPORTED) {
            c.parser.stuckNow.decrementAndGet();
            onRecovered.accept(c.parser);
        }
    }

    /** Finds calls past the timeout; also forgets the slots of threads that ended. */
    synchronized void check(long nowNanos) {
        for (Map.Entry<Thread, Slot> entry : slots.entrySet()) {
            Slot s = entry.getValue();
            Call c = s.call;
            if (c == null) {
                if (!entry.getKey().isAlive()) {
                    slots.remove(entry.getKey(), s);
                }
                continue;
            }
            if (c != s.seen) {
                s.seen = c;
                s.seenSinceNanos = nowNanos;
                continue;
            }
            // The compare-and-set loses to a call that returns meanwhile: then it is not reported at all.
            if (nowNanos - s.seenSinceNanos > timeoutNanos && c.state.compareAndSet(Call.RUNNING, Call.REPORTED)) {
                c.parser.stuckNow.incrementAndGet();
                c.parser.stuck.increment();
                onStuck.accept(c.parser, s);
            }
        }
    }
}
