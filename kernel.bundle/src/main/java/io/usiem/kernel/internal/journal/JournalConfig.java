package io.usiem.kernel.internal.journal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a {@link SegmentJournal}.
 *
 * @param directory folder holding the segment files and the commit point; created when missing
 * @param segmentBytes a segment is closed and a new one started when the next batch would pass this size
 * @param maxBytes size cap: appends block (or answer FULL) while segments holding uncommitted records reach it;
 *        committed segments are deleted, oldest first, while all segments together exceed it
 * @param maxAge committed segments last written longer ago than this are deleted
 * @param fsyncMode when appended records are forced to the device
 * @param fsyncBytes {@link FsyncMode#INTERVAL}: force once this many bytes are pending
 * @param fsyncInterval {@link FsyncMode#INTERVAL}: force at least this often while bytes are pending; also the
 *        tick of the background thread that persists the commit point and applies retention
 * @param maxRecordBytes largest payload accepted; recovery treats a longer length field as a torn record
 */
public record JournalConfig(Path directory, long segmentBytes, long maxBytes, Duration maxAge, FsyncMode fsyncMode,
                            long fsyncBytes, Duration fsyncInterval, int maxRecordBytes) {

    public static final long DEFAULT_SEGMENT_BYTES = 64L << 20;
    public static final long DEFAULT_MAX_BYTES = 8L << 30;
    public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(7);
    public static final long DEFAULT_FSYNC_BYTES = 1L << 20;
    public static final Duration DEFAULT_FSYNC_INTERVAL = Duration.ofMillis(10);
    public static final int DEFAULT_MAX_RECORD_BYTES = 16 << 20;

    public JournalConfig {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(maxAge, "maxAge");
        Objects.requireNonNull(fsyncMode, "fsyncMode");
        Objects.requireNonNull(fsyncInterval, "fsyncInterval");
        if (segmentBytes < 1024) {
            throw new IllegalArgumentException("journal segmentBytes must be at least 1024, was " + segmentBytes);
        }
        if (maxBytes < 2 * segmentBytes) {
            throw new IllegalArgumentException("journal maxBytes (" + maxBytes + ") must be at least twice segmentBytes ("
                    + segmentBytes + ")");
        }
        if (fsyncBytes < 1 || fsyncInterval.isNegative() || fsyncInterval.isZero()) {
            throw new IllegalArgumentException("journal fsyncBytes and fsyncInterval must be positive");
        }
        if (maxRecordBytes < 1 || maxRecordBytes > segmentBytes - Frames.HEADER_BYTES) {
            throw new IllegalArgumentException("journal maxRecordBytes must be positive and fit in a segment");
        }
    }

    /** @return the defaults: 64 MiB segments, 8 GiB cap, 7 days, group commit every 1 MiB or 10 ms */
    public static JournalConfig defaults(Path directory) {
        long segment = DEFAULT_SEGMENT_BYTES;
        return new JournalConfig(directory, segment, DEFAULT_MAX_BYTES, DEFAULT_MAX_AGE, FsyncMode.INTERVAL,
                DEFAULT_FSYNC_BYTES, DEFAULT_FSYNC_INTERVAL, DEFAULT_MAX_RECORD_BYTES);
    }

    public JournalConfig withSegmentBytes(long value) {
        return new JournalConfig(directory, value, maxBytes, maxAge, fsyncMode, fsyncBytes, fsyncInterval,
                (int) Math.min(maxRecordBytes, value - Frames.HEADER_BYTES));
    }

    public JournalConfig withMaxBytes(long value) {
        return new JournalConfig(directory, segmentBytes, value, maxAge, fsyncMode, fsyncBytes, fsyncInterval, maxRecordBytes);
    }

    public JournalConfig withMaxAge(Duration value) {
        return new JournalConfig(directory, segmentBytes, maxBytes, value, fsyncMode, fsyncBytes, fsyncInterval, maxRecordBytes);
    }

    public JournalConfig withFsync(FsyncMode mode, long bytes, Duration interval) {
        return new JournalConfig(directory, segmentBytes, maxBytes, maxAge, mode, bytes, interval, maxRecordBytes);
    }
}
