package io.usiem.connector.datasets.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the datasets service (PID {@code io.usiem.connector.datasets}). */
@ObjectClassDefinition(name = "uSIEM datasets", description = "Where datasets are persisted")
@interface DatasetsConfig {
    @AttributeDefinition(description = "Directory of the dataset files; empty: <karaf.data>/usiem/datasets")
    String directory() default "";

    @AttributeDefinition(description = "Seconds between writes of changed datasets to disk", min = "1")
    int persist_interval_seconds() default 10;
}
