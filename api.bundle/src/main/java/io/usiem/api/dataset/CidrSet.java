package io.usiem.api.dataset;

import org.jspecify.annotations.Nullable;
import io.usiem.api.event.IpAddress;

import org.osgi.annotation.versioning.ProviderType;

/** A set of networks with a label each, looked up by longest prefix. */
@ProviderType
public interface CidrSet extends Dataset {
    /** @param ip an address @return the label of the longest matching network, or null */
    @Nullable String match(IpAddress ip);
}
