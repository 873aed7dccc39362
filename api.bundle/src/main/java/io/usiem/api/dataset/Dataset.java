package io.usiem.api.dataset;

import org.jspecify.annotations.Nullable;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A named reference set. Reads are lock-free against an immutable snapshot; the typed sub-interfaces
 * ({@link IpSet}, {@link CidrSet}, {@link TextMap}) say how to look values up.
 */
@ProviderType
public interface Dataset {
    /** @return unique name */
    String name();

    /** @return kind */
    DatasetKind kind();

    /** @return number of entries in the current snapshot */
    long size();

    /** @return time of the last update, milliseconds since the epoch, 0 if never */
    long lastUpdatedMillis();

    /** @return where the data comes from (feed URL, file, "events", "manual") */
    String source();

    /**
     * @return the tenant this dataset applies to, or null when it applies to every tenant; enrichers skip a
     *         dataset whose tenant is not the event's
     * @since 1.1
     */
    default @Nullable String tenant() {
        return null;
    }
}
