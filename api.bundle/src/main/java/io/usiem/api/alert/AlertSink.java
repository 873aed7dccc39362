package io.usiem.api.alert;

import org.osgi.annotation.versioning.ConsumerType;

/** Receives alerts (store, notification, ticketing, SOAR). Register as an OSGi service. */
@ConsumerType
public interface AlertSink {
    /** @return the sink's name, shown in status output */
    String name();

    /**
     * @param alert an alert
     * @throws Exception when it could not be delivered; the kernel counts the failure by sink (see
     *     {@code siem:status}); how it retries is the kernel's delivery policy, documented in the kernel's README
     */
    void accept(Alert alert) throws Exception;
}
