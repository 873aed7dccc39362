package io.usiem.api.dataset;

import org.jspecify.annotations.Nullable;
import io.usiem.api.event.IpAddress;

import org.osgi.annotation.versioning.ProviderType;

/** A map from IP address to text (for example an address to its abuse score or owner). @since 1.1 */
@ProviderType
public interface IpMap extends Dataset {
    /** @param ip an address @return its value, or null */
    @Nullable String get(IpAddress ip);
}
