package io.usiem.api.alert;

import io.usiem.api.event.Event;

import java.util.function.Consumer;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A rule engine in the pipeline's rule node. Register as an OSGi service; the kernel passes every
 * finished event to every detector, and routes what they emit to the alert sinks. A detector is
 * thread-safe and must not block on I/O.
 */
@ConsumerType
public interface Detector {
    /** @return the detector's name, shown in status output */
    String name();

    /**
     * @param event a finished event
     * @param alerts receives zero or more alerts for it
     */
    void detect(Event event, Consumer<Alert> alerts);
}
