package io.usiem.connector.datasets.internal;

import java.util.List;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

import io.usiem.api.dataset.DatasetKind;
import io.usiem.api.event.IpAddress;

/** Base of the IP set and IP map: a published {@link IpHashTable}. */
abstract class IpKeyed extends StoredDataset {
    private volatile IpHashTable table = new IpHashTable(List.of());
    private volatile int size;

    IpKeyed(String name, DatasetKind kind, LongSupplier clock) {
        super(name, kind, clock);
    }

    @Override
    @Nullable String canonical(String key) {
        IpAddress ip = IpAddress.tryParse(key.trim());
        return ip == null ? null : ip.toString();
    }

    @Override
    void publish(List<Entry> entries) {
        table = new IpHashTable(entries);
        size = entries.size();
    }

    @Override
    public long size() {
        return size;
    }

    final @Nullable Entry lookup(IpAddress ip) {
        IpHashTable t = table;
        return t.find(Keys.hi(ip), Keys.lo(ip), t.anyExpiry() ? clock.getAsLong() : 0L);
    }

    /** @return whether the address (IPv4 as an int) is in the set; allocation-free */
    final boolean containsV4(int v4) {
        IpHashTable t = table;
        return t.find(0L, Keys.V4_MAPPED | (v4 & 0xFFFF_FFFFL), t.anyExpiry() ? clock.getAsLong() : 0L) != null;
    }
}
