package io.usiem.api.dataset;

import org.jspecify.annotations.Nullable;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes to datasets: used by commands, gathering connectors and rules that remember what they saw.
 * Writes are applied in batches to a new snapshot; readers keep seeing the previous one until it is
 * published. @since 1.1
 */
@ProviderType
public interface DatasetWriter {
    /**
     * @param dataset the dataset's name
     * @param key an IP, a CIDR network or a text key, as the dataset's kind wants
     * @param value the value for map kinds (for a list map, one more value), the label for a CIDR set; null for sets
     * @param ttlMillis how long the entry lives, 0 for the dataset's default
     * @return false when the dataset does not exist or the key is not valid for its kind
     */
    boolean put(String dataset, String key, @Nullable String value, long ttlMillis);

    /** @param dataset the dataset's name @param key the key @return whether an entry was removed */
    boolean remove(String dataset, String key);
}
