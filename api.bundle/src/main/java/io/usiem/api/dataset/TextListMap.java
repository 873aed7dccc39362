package io.usiem.api.dataset;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** A map from text to a list of strings (a user to their groups). @since 1.1 */
@ProviderType
public interface TextListMap extends Dataset {
    /** @param key a key @return its values, empty when the key is absent */
    List<String> get(String key);
}
