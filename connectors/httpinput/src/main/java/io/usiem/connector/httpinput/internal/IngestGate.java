package io.usiem.connector.httpinput.internal;

import io.usiem.api.input.EventIngest;
import io.usiem.api.input.IngestInterruptedException;
import io.usiem.api.parser.RawLog;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Hands a request's lines to {@link EventIngest#ingestAllAsync} off the event loop, since that call blocks while the
 * journal is full, and gives up after {@code journal.full.wait.millis}: a call still queued is skipped, a call
 * still waiting for room is interrupted (the kernel then took nothing), so the request can be answered 429 instead
 * of holding its connection. The completion is done when the lines are durable, never before.
 */
final class IngestGate {
    private static final int QUEUED = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;

    private final EventIngest ingest;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final long waitMillis;

    IngestGate(EventIngest ingest, ExecutorService workers, ScheduledExecutorService timer, long waitMillis) {
        this.ingest = ingest;
        this.workers = workers;
        this.timer = timer;
        this.waitMillis = waitMillis;
    }

    /** One hand-over; its state is guarded by its own monitor. */
    private final class Call implements Runnable {
        private final List<RawLog> lines;
        private final CompletableFuture<IngestOutcome> result = new CompletableFuture<>();
        private int state = QUEUED;
        private Thread runner;

        Call(List<RawLog> lines) {
            this.lines = lines;
        }

        @Override
        public void run() {
            synchronized (this) {
                if (state != QUEUED) {
                    return; // timed out while queued: already answered
                }
                state = RUNNING;
                runner = Thread.currentThread();
            }
            CompletableFuture<Integer> durable = null;
            IngestOutcome refused = null;
            try {
                durable = ingest.ingestAllAsync(lines);
            } catch (IngestInterruptedException e) {
                refused = new IngestOutcome.Refused(ListenerCounters.JOURNAL_FULL);
            } catch (IllegalStateException e) {
                refused = new IngestOutcome.Refused(ListenerCounters.KERNEL_STOPPING);
            } catch (RuntimeException e) {
                refused = new IngestOutcome.Failed(e);
            } finally {
                synchronized (this) {
                    state = DONE;
                    runner = null;
                }
                // A timeout that struck just as the call returned must not interrupt this worker's next task.
                Thread.interrupted();
            }
            if (refused != null) {
                result.complete(refused);
            } else {
                durable.whenComplete((n, error) -> result.complete(
                        error != null ? new IngestOutcome.Failed(error) : new IngestOutcome.Durable(n)));
            }
        }

        void timeout() {
            synchronized (this) {
                if (state == QUEUED) {
                    state = DONE;
                    result.complete(new IngestOutcome.Refused(ListenerCounters.JOURNAL_FULL));
                } else if (state == RUNNING) {
                    runner.interrupt();
                }
            }
        }
    }

    /** @return a completion with the outcome; done once the lines are durable or refused */
    CompletableFuture<IngestOutcome> submit(List<RawLog> lines) {
        if (lines.isEmpty()) {
            return CompletableFuture.completedFuture(new IngestOutcome.Durable(0));
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
