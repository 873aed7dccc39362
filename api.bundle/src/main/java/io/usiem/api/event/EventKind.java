package io.usiem.api.event;

import org.jspecify.annotations.Nullable;
import java.util.Locale;

/**
 * The allowed values of ECS {@code event.kind} (ECS 8.17). Parsed logs are {@link #EVENT}; IDS alerts
 * are {@link #ALERT}; lines no parser could read are {@link #PIPELINE_ERROR}.
 *
 * @since 1.0
 */
public enum EventKind {
    /** An alert from a detection system. */
    ALERT,
    /** An asset inventory record. */
    ASSET,
    /** Enrichment data. */
    ENRICHMENT,
    /** An event: the default. */
    EVENT,
    /** A metric. */
    METRIC,
    /** A periodic state snapshot. */
    STATE,
    /** The pipeline could not process the line as intended (unparsed, parse failure). */
    PIPELINE_ERROR,
    /** A signal from a detection rule. */
    SIGNAL;

    private final String ecsName = name().toLowerCase(Locale.ROOT);

    /** @return the value as ECS writes it */
    public String ecsName() {
        return ecsName;
    }

    /**
     * @param ecsName an ECS value
     * @return the kind, or null when ECS has no such kind
     */
    public static @Nullable EventKind fromEcs(String ecsName) {
        for (EventKind k : values()) {
            if (k.ecsName.equals(ecsName)) {
                return k;
            }
        }
        return null;
    }
}
