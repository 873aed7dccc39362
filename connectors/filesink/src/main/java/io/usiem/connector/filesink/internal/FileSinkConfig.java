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

    /** 64 MiB: more than the JSON of the events in flight when the process stops. */
    @AttributeDefinition(name = "Deduplication scan (bytes)", description = "After a restart, read the sequences in this many"
            + " bytes at the end of the newest two daily files and skip replayed events carrying one of them; 0 turns"
            + " deduplication off.", min = "0")
    long dedupe_scan_bytes() default 67_108_864L;
}
