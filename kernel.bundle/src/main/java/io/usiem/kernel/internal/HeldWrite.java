package io.usiem.kernel.internal;

import io.usiem.api.sink.RejectedEventsException;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes to a sink until it succeeds: a failing sink is retried with a doubling, capped wait, and the batch
 * is held meanwhile (so the output stage stops taking batches and back-pressure reaches the inputs). A
 * sink that leaves (bundle update) is looked up again by name, so the held batch goes to its replacement.
 * The wait never uses interrupts; {@link #giveUp()} ends it at shutdown.
 */
final class HeldWrite {
    private static final Logger LOG = LoggerFactory.getLogger(HeldWrite.class);

    /** How a held write ended. */
    enum Outcome { WRITTEN, REJECTED, SINK_GONE, GAVE_UP }

    /** A write to one sink service. */
    @FunctionalInterface
    interface Write<S> {
        void to(S sink) throws Exception;
    }

    /** What the write ended with; the rejection when the sink refused the items as invalid. */
    record Result(Outcome outcome, RejectedEventsException rejection) {
    }

    private final PipelineSettings.Sinks settings;
    private final DropCounters errors;
    private final Object waiter = new Object();
    private volatile boolean givingUp;

    HeldWrite(PipelineSettings.Sinks settings, DropCounters errors) {
        this.settings = settings;
        this.errors = errors;
    }

    /**
     * @param board where to find the sink by name, now and after it is replaced
     * @param name the sink's name
     * @param errorReason counted once per failed attempt, e.g. {@code sink_retry:<name>}
     */
    <S> Result write(Whiteboard<S> board, String name, String errorReason, Write<S> write) {
        long waitMillis = settings.retryInitialMillis();
        long replacementNanos = TimeUnit.MILLISECONDS.toNanos(settings.replacementWaitMillis());
        int failures = 0;
        while (true) {
            S sink = board.find(name);
            if (sink == null) {
                if (!board.leftWithin(name, replacementNanos)) {
                    return new Result(Outcome.SINK_GONE, null);
                }
            } else {
                try {
                    write.to(sink);
                    if (failures > 0) {
                        LOG.info("Sink {} works again after {} failed attempts", name, failures);
                    }
                    return new Result(Outcome.WRITTEN, null);
                } catch (RejectedEventsException e) {
                    return new Result(Outcome.REJECTED, e);
                } catch (Exception | Error e) {
                    // An Error (OutOfMemoryError in one call) is that sink's failure too, never the worker's end.
                    failures++;
                    errors.add(errorReason, 1);
                    if (failures == 1) {
                        LOG.warn("Sink {} failed; the batch is held and retried until it works", name, e);
                    } else {
                        LOG.debug("Sink {} failed again (attempt {})", name, failures, e);
                    }
                }
            }
            if (!pause(waitMillis)) {
                return new Result(Outcome.GAVE_UP, null);
            }
            waitMillis = Math.min(waitMillis * 2, settings.retryMaxMillis());
        }
    }

    /**
     * Waits, with the same back-off as a failing sink, until there is a sink to write to.
     *
     * @param targets the sinks there are now
     * @return the sinks once there is one, or null when told to give up
     */
    Set<String> awaitAny(Supplier<Set<String>> targets) {
        long waitMillis = settings.retryInitialMillis();
        LOG.warn("No event sink is installed: events wait for one (feature:install usiem-connector-filesink)");
        while (true) {
            Set<String> now = targets.get();
            if (!now.isEmpty()) {
                LOG.info("Event sinks {} arrived: held events are delivered", now);
                return now;
            }
            if (!pause(waitMillis)) {
                return null;
            }
            waitMillis = Math.min(waitMillis * 2, Math.min(settings.retryMaxMillis(), 1000));
        }
    }

    /**
     * Waits the first retry interval, for a write that already failed once elsewhere (an asynchronous sink's
     * late failure) before {@link #write} tries again.
     *
     * @return false when told to give up
     */
    boolean pauseBeforeRetry() {
        return pause(settings.retryInitialMillis());
    }

    /** @return false when told to give up */
    private boolean pause(long millis) {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        synchronized (waiter) {
            long left;
            while (!givingUp && (left = until - System.nanoTime()) > 0) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(waiter, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return !givingUp;
    }

    /** Ends every wait (shutdown): held batches are counted as left instead of retried. */
    void giveUp() {
        synchronized (waiter) {
            givingUp = true;
            waiter.notifyAll();
        }
    }
}
