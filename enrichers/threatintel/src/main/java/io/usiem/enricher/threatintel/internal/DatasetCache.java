package io.usiem.enricher.threatintel.internal;

import java.util.ArrayList;
import java.util.List;

import io.usiem.api.dataset.Dataset;
import io.usiem.api.dataset.DatasetRegistry;

/**
 * The configured datasets, looked up by name at most every few seconds so the hot path reads an
 * array instead of the registry (datasets defined later, or re-created, are picked up).
 */
final class DatasetCache {
    private static final long RESOLVE_NANOS = 5_000_000_000L;
    private final DatasetRegistry registry;
    private final String[] names;
    private volatile Dataset[] resolved = new Dataset[0];
    private volatile long resolvedAt = Long.MIN_VALUE / 2;

    DatasetCache(DatasetRegistry registry, String[] names) {
        this.registry = registry;
        this.names = names.clone();
    }

    Dataset[] get() {
        long now = System.nanoTime();
        if (now - resolvedAt > RESOLVE_NANOS) {
            List<Dataset> l = new ArrayList<>(names.length);
            for (String n : names) {
                registry.find(n.trim()).ifPresent(l::add);
            }
            resolved = l.toArray(new Dataset[0]);
            resolvedAt = now;
        }
        return resolved;
    }
}
