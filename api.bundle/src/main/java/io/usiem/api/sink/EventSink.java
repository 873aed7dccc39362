package io.usiem.api.sink;

import io.usiem.api.event.Event;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives finished events: the embedded store, external engines, forwarders. Register as an OSGi
 * service; the kernel hands every event to every sink, in batches, from its output stage.
 */
@ConsumerType
public interface EventSink {
    /** @return the sink's name, shown in status output */
    String name();

    /**
     * Writes a batch. When this returns the sink owns the events (stored, or queued durably); when it
     * throws, the kernel retries the batch and, after the configured attempts, counts the events as
     * dropped with reason {@code sink_failed:<name>}.
     *
     * @param events the batch, in pipeline order
     * @throws Exception when the batch could not be written
     */
    void write(List<Event> events) throws Exception;
}
