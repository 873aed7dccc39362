package io.usiem.connector.datasets.internal;

import java.util.List;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

import io.usiem.api.dataset.CidrSet;
import io.usiem.api.dataset.DatasetKind;
import io.usiem.api.event.IpAddress;

/** {@link DatasetKind#CIDR_SET}: networks with labels, longest-prefix match over a {@link CidrTable}. */
final class CidrDataset extends StoredDataset implements CidrSet {
    private volatile Tables tables = new Tables(new CidrTable(List.of(), true), new CidrTable(List.of(), false));
    private volatile int size;

    CidrDataset(String name, LongSupplier clock) {
        super(name, DatasetKind.CIDR_SET, clock);
    }

    @Override
    @Nullable String canonical(String key) {
        Cidr c = Cidr.parse(key);
        return c == null ? null : c.toString();
    }

    @Override
    @Nullable Object valueFor(@Nullable String value, @Nullable Entry previous) {
        return value == null || value.isEmpty() ? name() : value;
    }

    @Override
    void publish(List<Entry> entries) {
        tables = new Tables(new CidrTable(entries, true), new CidrTable(entries, false));
        size = entries.size();
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public @Nullable String match(IpAddress ip) {
        Tables ts = tables;
        CidrTable t = ip.isV4() ? ts.v4() : ts.v6();
        Entry e = t.find(Keys.hi(ip), Keys.lo(ip), t.anyExpiry() ? clock.getAsLong() : 0L);
        return e == null ? null : e.text();
    }

    /** One snapshot: both families published together. */
    private record Tables(CidrTable v4, CidrTable v6) {
    }
}
