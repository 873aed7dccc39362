package io.usiem.connector.storelucene.internal;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The store's validated settings (from {@link StoreConfig}, or built directly by tests and benchmarks).
 *
 * @param directory the root of the store: event partitions and the alert index
 * @param partitionHours the period of reception time per partition, dividing 24
 * @param retentionDays partitions older than this are dropped; 0 keeps them
 * @param retentionBytes the oldest partitions are dropped while all take more; 0 for no cap
 * @param commitIntervalMillis the longest a written batch waits for its commit
 * @param commitDocs a commit starts early once the waiting batches hold this many events
 * @param refreshIntervalMillis how often new events become searchable before they are committed
 * @param ramBufferMb Lucene's indexing buffer per partition
 */
record StoreSettings(Path directory, int partitionHours, int retentionDays, long retentionBytes, long commitIntervalMillis,
        int commitDocs, long refreshIntervalMillis, double ramBufferMb) {

    StoreSettings {
        require(partitionHours >= 1 && partitionHours <= 24 && 24 % partitionHours == 0,
                "partition.hours must divide 24 (1, 2, 3, 4, 6, 8, 12 or 24): " + partitionHours);
        require(retentionDays >= 0, "retention.days must not be negative");
        require(retentionBytes >= 0, "retention.max.mb must not be negative");
        require(commitIntervalMillis >= 1, "commit.interval.ms must be at least 1");
        require(commitDocs >= 1, "commit.docs must be at least 1");
        require(refreshIntervalMillis >= 10, "refresh.interval.ms must be at least 10");
        require(ramBufferMb >= 1, "ram.buffer.mb must be at least 1");
    }

    static StoreSettings of(StoreConfig c, Path karafData) {
        Path dir = c.directory().isBlank() ? karafData.resolve("usiem").resolve("store") : Path.of(c.directory());
        return new StoreSettings(dir.toAbsolutePath(), c.partition_hours(), c.retention_days(),
                c.retention_max_mb() * 1024L * 1024L, c.commit_interval_ms(), c.commit_docs(), c.refresh_interval_ms(),
                c.ram_buffer_mb());
    }

    long periodNanos() {
        return TimeUnit.HOURS.toNanos(partitionHours);
    }

    Retention retention() {
        return new Retention(TimeUnit.DAYS.toNanos(retentionDays), retentionBytes);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException("io.usiem.connector.storelucene: " + message);
        }
    }
}
