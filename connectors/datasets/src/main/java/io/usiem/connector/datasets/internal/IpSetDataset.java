package io.usiem.connector.datasets.internal;

import java.util.function.LongSupplier;

import io.usiem.api.dataset.DatasetKind;
import io.usiem.api.dataset.IpSet;
import io.usiem.api.event.IpAddress;

/** {@link DatasetKind#IP_SET}. */
final class IpSetDataset extends IpKeyed implements IpSet {
    IpSetDataset(String name, LongSupplier clock) {
        super(name, DatasetKind.IP_SET, clock);
    }

    @Override
    public boolean contains(IpAddress ip) {
        return lookup(ip) != null;
    }
}
