package io.usiem.connector.storelucene.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the embedded Lucene store (PID {@code io.usiem.connector.storelucene}). */
@ObjectClassDefinition(name = "uSIEM Lucene event store", description = "Embedded event and alert store: partitions, retention, commit policy.")
public @interface StoreConfig {
    /** PID of this configuration. */
    String PID = "io.usiem.connector.storelucene";

    @AttributeDefinition(name = "Name", description = "Sink name shown by siem:status.")
    String name() default "lucene-store";

    @AttributeDefinition(name = "Directory", description = "Root of the store; empty means <karaf.data>/usiem/store.")
    String directory() default "";

    @AttributeDefinition(name = "Partition hours", description = "Hours of reception time per index partition (divides 24).", min = "1", max = "24")
    int partition_hours() default 24;

    @AttributeDefinition(name = "Retention (days)", description = "Partitions whose period ended longer ago are dropped whole, and older alerts deleted; 0 keeps them.", min = "0")
    int retention_days() default 30;

    @AttributeDefinition(name = "Retention size (MiB)", description = "The oldest partitions are dropped while the store takes more; 0 for no cap.", min = "0")
    long retention_max_mb() default 0;

    @AttributeDefinition(name = "Commit interval (ms)", description = "Longest a written batch waits for the Lucene commit that acknowledges it (the kernel keeps handing batches over meanwhile, up to its sink.inflight bounds).", min = "1")
    long commit_interval_ms() default 1000;

    @AttributeDefinition(name = "Commit documents", description = "A commit starts early once the batches waiting for it hold this many events.", min = "1")
    int commit_docs() default 100000;

    @AttributeDefinition(name = "Refresh interval (ms)", description = "How often new events become searchable ahead of their commit.", min = "10")
    long refresh_interval_ms() default 1000;

    @AttributeDefinition(name = "RAM buffer (MiB)", description = "Lucene's indexing buffer per partition being written.", min = "1")
    double ram_buffer_mb() default 64;

}
