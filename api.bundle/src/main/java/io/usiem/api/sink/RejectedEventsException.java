package io.usiem.api.sink;

import io.usiem.api.event.Event;

import java.util.List;

/**
 * Thrown by a sink (an {@link EventSink}, or an {@code AlertSink} for an alert) that refuses events as
 * invalid: writing them again would fail again (a mapping conflict, a field the store rejects). The kernel
 * does not retry them: it counts them as dropped ({@code sink_rejected:<sink>}) and appends them to its
 * dead-letter file when one is configured. Any other exception means the sink is failing, and the kernel
 * holds the batch and retries it.
 *
 * @since 1.0
 */
public final class RejectedEventsException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Event> rejected;

    /**
     * The whole batch (or the alert) is rejected.
     *
     * @param reason why, stored with each event in the dead-letter file
     */
    public RejectedEventsException(String reason) {
        this(reason, List.of());
    }

    /**
     * Some events of the batch are rejected; the sink wrote the others.
     *
     * @param reason why, stored with each event in the dead-letter file
     * @param rejected the events refused; empty means all of the batch
     */
    public RejectedEventsException(String reason, List<Event> rejected) {
        super(reason);
        this.rejected = List.copyOf(rejected);
    }

    /** @return the events refused; empty when the whole batch (or the alert) is refused */
    public List<Event> rejected() {
        return rejected;
    }
}
