package io.usiem.api.dataset;

import org.osgi.annotation.versioning.ProviderType;

/** A set of strings (domains, hashes, user names). @since 1.1 */
@ProviderType
public interface TextSet extends Dataset {
    /** @param value a value @return whether it is in the set (case-insensitively when the dataset says so) */
    boolean contains(String value);
}
