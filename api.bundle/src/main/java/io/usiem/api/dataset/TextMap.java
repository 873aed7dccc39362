package io.usiem.api.dataset;

import org.osgi.annotation.versioning.ProviderType;

/** A map from text to text. */
@ProviderType
public interface TextMap extends Dataset {
    /** @param key a key @return its value, or null */
    String get(String key);
}
