package io.usiem.connector.datasets.internal;

import java.util.function.LongSupplier;

import io.usiem.api.dataset.DatasetKind;
import io.usiem.api.dataset.TextSet;

/** {@link DatasetKind#TEXT_SET}. */
final class TextSetDataset extends TextKeyed implements TextSet {
    TextSetDataset(String name, LongSupplier clock) {
        super(name, DatasetKind.TEXT_SET, clock);
    }

    @Override
    public boolean contains(String value) {
        return lookup(value) != null;
    }
}
