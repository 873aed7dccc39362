package io.usiem.connector.datasets.internal;

import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

import io.usiem.api.dataset.DatasetKind;
import io.usiem.api.dataset.IpMap;
import io.usiem.api.event.IpAddress;

/** {@link DatasetKind#IP_MAP}. */
final class IpMapDataset extends IpKeyed implements IpMap {
    IpMapDataset(String name, LongSupplier clock) {
        super(name, DatasetKind.IP_MAP, clock);
    }

    @Override
    @Nullable Object valueFor(@Nullable String value, @Nullable Entry previous) {
        return value == null ? "" : value;
    }

    @Override
    public @Nullable String get(IpAddress ip) {
        Entry e = lookup(ip);
        return e == null ? null : e.text();
    }
}
