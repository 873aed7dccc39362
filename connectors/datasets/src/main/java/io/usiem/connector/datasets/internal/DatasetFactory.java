package io.usiem.connector.datasets.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.usiem.api.dataset.Dataset;
import io.usiem.api.dataset.DatasetKind;

/**
 * Builds a standalone in-memory dataset outside OSGi, for benchmarks and other modules' tests. Not
 * exported: bundles get datasets from the {@code DatasetRegistry} service.
 */
public final class DatasetFactory {
    private DatasetFactory() {
    }

    /**
     * @param name dataset name
     * @param kind kind
     * @param entries key to value (null values for sets)
     * @return the dataset, holding every valid key
     */
    public static Dataset build(String name, DatasetKind kind, Map<String, String> entries) {
        DatasetManager m = new DatasetManager(java.nio.file.Path.of("."), System::currentTimeMillis);
        m.define(Definition.manual(name, kind, 0));
        List<StoredDataset.Change> changes = new ArrayList<>(entries.size());
        entries.forEach((k, v) -> changes.add(StoredDataset.Change.put(k, v, 0)));
        m.apply(name, changes);
        return m.get(name);
    }
}
