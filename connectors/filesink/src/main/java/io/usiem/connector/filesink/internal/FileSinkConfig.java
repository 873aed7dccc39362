package io.usiem.connector.filesink.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** One NDJSON archive (factory PID {@code io.usiem.connector.filesink}). */
@ObjectClassDefinition(name = "uSIEM NDJSON file archive", description = "Archives every event as one JSON line in daily files.")
@interface FileSinkConfig {
    /** Factory PID; the distribution's default archive is {@code io.usiem.connector.filesink-default} (src/main/cfg). */
    String FACTORY_PID = "io.usiem.connector.filesink";

    @AttributeDefinition(name = "Name", description = "Name of the sink in siem:status.")
    String name() default "ndjson-archive";

    @AttributeDefinition(name = "Directory", description = "Where the daily files go; empty means <karaf.data>/usiem/events.")
    String directory() default "";

    @AttributeDefinition(name = "Retention (days)", description = "Daily files older than this are deleted; 0 keeps them all.", min = "0")
    int retention_days() default 7;

    @AttributeDefinition(name = "fsync", description = "Force each batch to disk before acknowledging it (slower, survives power loss).")
    boolean fsync() default false;
}
