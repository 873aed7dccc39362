package io.usiem.api.dataset;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Finds datasets by name; provided by the dataset service. */
@ProviderType
public interface DatasetRegistry {
    /** @param name dataset name @return the dataset, if one has that name */
    Optional<Dataset> find(String name);

    /** @return all datasets */
    List<Dataset> all();
}
