package io.usiem.connector.datasets.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

import io.usiem.api.dataset.DatasetKind;
import io.usiem.api.dataset.TextListMap;

/** {@link DatasetKind#TEXT_LIST_MAP}: each put adds one value to the key's list (once). */
final class TextListMapDataset extends TextKeyed implements TextListMap {
    TextListMapDataset(String name, LongSupplier clock) {
        super(name, DatasetKind.TEXT_LIST_MAP, clock);
    }

    @Override
    @Nullable Object valueFor(@Nullable String value, @Nullable Entry previous) {
        List<String> old = previous == null ? List.of() : previous.list();
        if (value == null || old.contains(value)) {
            return old;
        }
        List<String> l = new ArrayList<>(old.size() + 1);
        l.addAll(old);
        l.add(value);
        return List.copyOf(l);
    }

    @Override
    public List<String> get(String key) {
        Entry e = lookup(key);
        return e == null ? List.of() : e.list();
    }
}
