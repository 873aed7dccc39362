package io.usiem.api.dataset;

import org.jspecify.annotations.Nullable;
import org.osgi.annotation.versioning.ProviderType;

/** A map from text to text. */
@ProviderType
public interface TextMap extends Dataset {
    /** @param key a key @return its value, or null */
    @Nullable String get(String key);
}
