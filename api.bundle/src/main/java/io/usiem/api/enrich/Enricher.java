package io.usiem.api.enrich;

import io.usiem.api.event.Event;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Adds information to parsed events. Register as an OSGi service; the kernel calls every enricher in
 * descending {@code service.ranking} order on each event. Enrichers read datasets and caches only: a
 * slow lookup (a remote API) belongs to the gathering node, never here.
 */
@ConsumerType
public interface Enricher {
    /** @return the enricher's name, shown in status output */
    String name();

    /**
     * @param event a parsed event
     * @return the same instance when nothing was added, or a new event built from {@code event.toBuilder()}
     */
    Event enrich(Event event);
}
