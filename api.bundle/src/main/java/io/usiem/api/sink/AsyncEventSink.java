package io.usiem.api.sink;

import io.usiem.api.event.Event;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An event sink that acknowledges batches later: it accepts a batch at once and reports through the returned
 * completion when the batch is durable (a store's group commit, a forwarder's acknowledgement). The kernel keeps a
 * bounded number of batches in flight per sink (its back-pressure), and the journal's commit point only passes
 * lines every sink has reported done, so a crash before the completion replays them.
 *
 * <p>The completion ends normally when the batch is durable; exceptionally with a {@link RejectedEventsException}
 * when events are refused as invalid (the others are durable); exceptionally with anything else when the batch
 * failed: the kernel holds it and writes it again, as for a synchronous {@link #write} that throws. A completion
 * that never ends (the sink left without reporting) leaves its lines uncommitted: they replay after a restart.
 *
 * @since 1.1
 */
@ConsumerType
public interface AsyncEventSink extends EventSink {
    /**
     * Accepts a batch; must not wait for it to become durable (it may wait briefly for room of its own).
     *
     * @param events the batch, in pipeline order; the sink may keep the list until the completion ends
     * @return ends when the batch is durable, or exceptionally as described on the type
     * @throws Exception when the batch could not even be accepted: treated as a failed write
     */
    CompletionStage<Void> writeAsync(List<Event> events) throws Exception;

    /**
     * Writes a batch and waits until it is durable, for callers that do not pipeline.
     *
     * @param events the batch
     * @throws Exception what the completion ended with
     */
    @Override
    default void write(List<Event> events) throws Exception {
        try {
            writeAsync(events).toCompletableFuture().get();
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof Exception x) {
                throw x;
            }
            throw e;
        }
    }
}
