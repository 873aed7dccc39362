package io.usiem.kernel.internal.journal;

import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal's background thread: runs a tick every interval, or at once when {@link #wake woken} (enough bytes
 * pending for a group commit). One per journal, stopped by {@link #stop}.
 */
final class Flusher {
    /** The work of one tick. */
    interface Tick {
        void run() throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(Flusher.class);

    private final Thread thread;
    private final long intervalNanos;
    private final Tick tick;
    private volatile boolean woken;
    private volatile boolean stopped;

    Flusher(String name, long intervalNanos, Tick tick) {
        this.intervalNanos = intervalNanos;
        this.tick = tick;
        this.thread = new Thread(this::loop, name);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Asks for a tick now; cheap when a wake-up is already pending. */
    void wake() {
        if (!woken) {
            woken = true;
            LockSupport.unpark(thread);
        }
    }

    void stop() throws InterruptedException {
        stopped = true;
        LockSupport.unpark(thread);
        thread.join();
    }

    private void loop() {
        while (!stopped) {
            LockSupport.parkNanos(this, intervalNanos);
            woken = false;
            try {
                tick.run();
            } catch (Throwable e) {
                // The tick records fsync failures where appenders see them; logged here as well so the cause is seen.
                // Throwable, not Exception: the tick completes the inputs' durable futures, and an Error thrown there
                // (an input's callback, an OutOfMemoryError) must not end this thread, or every acknowledgement of
                // every input would wait forever with nothing said.
                LOG.error("Journal flusher {}: tick failed", thread.getName(), e);
            }
        }
    }
}
