package io.usiem.connector.httpinput.internal;

import io.usiem.api.input.EventIngest;
import io.usiem.api.input.IngestInterruptedException;
import io.usiem.api.parser.RawLog;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands a request's lines to {@link EventIngest#ingestAllAsync} off the event loop, since that call blocks while the
 * journal is full. A call that has not started within {@code journal.full.wait.millis} is skipped (429). A call still
 * inside the kernel after that long is left to finish (its request is answered when its lines are durable, so nothing
 * is taken twice), but while one is, the journal counts as full: new requests are refused at once (429) rather than
 * queued behind it. Callers are never interrupted: an interrupt that reaches the journal's file write closes its
 * channel ({@code ClosedByInterruptException}) and fails the journal for every input. The completion is done when the
 * lines are durable, never before.
 */
final class IngestGate {
    private static final int QUEUED = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;

    private final EventIngest ingest;
    private final ExecutorService workers;
    private final Executor completions;
    private final ScheduledExecutorService timer;
    private final long waitMillis;
    /** Calls inside the kernel for longer than waitMillis: while any is, the journal is taken to be full. */
    private final AtomicInteger stalled = new AtomicInteger();

    /**
     * @param completions where a durable hand-over's answer is made (the response built): not the journal's thread
     *     that completed it, which would then build responses while every fsync waits
     */
    IngestGate(EventIngest ingest, ExecutorService workers, Executor completions, ScheduledExecutorService timer,
            long waitMillis) {
        this.ingest = ingest;
        this.workers = workers;
        this.completions = completions;
        this.timer = timer;
        this.waitMillis = waitMillis;
    }

    /** One hand-over; its state is guarded by its own monitor. */
    private final class Call implements Runnable {
        private final List<RawLog> lines;
        private final CompletableFuture<IngestOutcome> result = new CompletableFuture<>();
        private int state = QUEUED;
        private boolean countedStalled;

        Call(List<RawLog> lines) {
            this.lines = lines;
        }

        @Override
        public void run() {
            synchronized (this) {
                if (state != QUEUED) {
                    return; // waited too long in the queue: already answered 429
                }
                state = RUNNING;
            }
            CompletableFuture<Integer> durable = null;
            IngestOutcome refused = null;
            try {
                durable = ingest.ingestAllAsync(lines);
            } catch (IngestInterruptedException e) {
                Thread.currentThread().interrupt(); // only a stopping listener interrupts its workers
                refused = new IngestOutcome.Refused(ListenerCounters.KERNEL_STOPPING);
            } catch (IllegalStateException e) {
                // The kernel is stopping, or its journal failed: either way nothing was taken.
                refused = e.getCause() instanceof java.io.IOException ? new IngestOutcome.Failed(e)
                        : new IngestOutcome.Refused(ListenerCounters.KERNEL_STOPPING);
            } catch (RuntimeException e) {
                refused = new IngestOutcome.Failed(e);
            } finally {
                synchronized (this) {
                    state = DONE;
                    if (countedStalled) {
                        stalled.decrementAndGet();
                    }
                }
            }
            if (refused != null) {
                result.complete(refused);
            } else {
                // The kernel completes this on its journal flusher (while it holds the journal's sync lock): hand
                // the answer to another thread at once.
                durable.whenCompleteAsync((n, error) -> result.complete(
                        error != null ? new IngestOutcome.Failed(error) : new IngestOutcome.Durable(n)), completions)
                        .exceptionally(rejected -> {
                            // the listener is stopping: its executors no longer run anything
                            result.complete(new IngestOutcome.Refused(ListenerCounters.KERNEL_STOPPING));
                            return null;
                        });
            }
        }

        void timeout() {
            synchronized (this) {
                if (state == QUEUED) {
                    state = DONE;
                    result.complete(new IngestOutcome.Refused(ListenerCounters.JOURNAL_FULL));
                } else if (state == RUNNING) {
                    countedStalled = true;
                    stalled.incrementAndGet();
                }
            }
        }
    }

    /** @return a completion with the outcome; done once the lines are durable or refused */
    CompletableFuture<IngestOutcome> submit(List<RawLog> lines) {
        if (lines.isEmpty()) {
            return CompletableFuture.completedFuture(new IngestOutcome.Durable(0));
        }
        if (stalled.get() > 0) {
            return CompletableFuture.completedFuture(new IngestOutcome.Refused(ListenerCounters.JOURNAL_FULL));
        }
        Call call = new Call(lines);
        try {
            workers.execute(call);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(new IngestOutcome.Refused(ListenerCounters.KERNEL_STOPPING));
        }
        var timeout = timer.schedule(call::timeout, waitMillis, TimeUnit.MILLISECONDS);
        call.result.whenComplete((o, e) -> timeout.cancel(false));
        return call.result;
    }
}
