package io.usiem.kernel.internal.journal;

/** When a {@link SegmentJournal} forces appended records to the device. */
public enum FsyncMode {
    /** The appending thread forces before {@code append} returns; concurrent appenders share one fsync. */
    BATCH,
    /** Group commit: a flusher thread forces when enough bytes are pending or the interval has passed. */
    INTERVAL,
    /** Never forces; records count as durable once written to the OS. For tests and benchmarks only. */
    NONE
}
