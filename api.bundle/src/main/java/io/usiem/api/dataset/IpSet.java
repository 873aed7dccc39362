package io.usiem.api.dataset;

import io.usiem.api.event.IpAddress;

import org.osgi.annotation.versioning.ProviderType;

/** A set of IP addresses. */
@ProviderType
public interface IpSet extends Dataset {
    /** @param ip an address @return whether it is in the set */
    boolean contains(IpAddress ip);
}
