package io.usiem.connector.datasets.internal;

import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

import io.usiem.api.dataset.DatasetKind;
import io.usiem.api.dataset.TextMap;

/** {@link DatasetKind#TEXT_MAP}. */
final class TextMapDataset extends TextKeyed implements TextMap {
    TextMapDataset(String name, LongSupplier clock) {
        super(name, DatasetKind.TEXT_MAP, clock);
    }

    @Override
    @Nullable Object valueFor(@Nullable String value, @Nullable Entry previous) {
        return value == null ? "" : value;
    }

    @Override
    public @Nullable String get(String key) {
        Entry e = lookup(key);
        return e == null ? null : e.text();
    }
}
