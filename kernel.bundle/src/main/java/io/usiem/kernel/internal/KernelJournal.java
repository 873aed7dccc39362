package io.usiem.kernel.internal;

import io.usiem.kernel.internal.journal.FsyncMode;
import io.usiem.kernel.internal.journal.JournalConfig;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** The journal settings of {@link KernelConfig}, validated. */
final class KernelJournal {
    private KernelJournal() {
    }

    static JournalConfig config(KernelConfig c) {
        Path dir = c.journal_directory().isBlank()
                ? Path.of(System.getProperty("karaf.data", "data"), "usiem", "journal")
                : Path.of(c.journal_directory());
        FsyncMode mode;
        try {
            mode = FsyncMode.valueOf(c.journal_fsync().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid " + KernelConfig.PID + " configuration: journal.fsync must be "
                    + "interval, batch or none, was '" + c.journal_fsync() + "'");
        }
        PipelineSettings.require(c.journal_segment_mb() >= 1, "journal.segment.mb must be at least 1");
        PipelineSettings.require(c.journal_max_mb() >= 2 * c.journal_segment_mb(),
                "journal.max.mb must be at least twice journal.segment.mb");
        PipelineSettings.require(c.journal_fsync_bytes() >= 4096, "journal.fsync.bytes must be at least 4096");
        PipelineSettings.require(c.journal_fsync_interval_ms() >= 1, "journal.fsync.interval.ms must be at least 1");
        PipelineSettings.require(c.journal_retention_hours() >= 1, "journal.retention.hours must be at least 1");
        try {
            return JournalConfig.defaults(dir.toAbsolutePath())
                    .withSegmentBytes(c.journal_segment_mb() << 20)
                    .withMaxBytes(c.journal_max_mb() << 20)
                    .withMaxAge(Duration.ofHours(c.journal_retention_hours()))
                    .withFsync(mode, c.journal_fsync_bytes(), Duration.ofMillis(c.journal_fsync_interval_ms()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid " + KernelConfig.PID + " configuration: " + e.getMessage(), e);
        }
    }
}
