package io.usiem.kernel.internal.journal;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The durable log accepted lines are written to before they are acknowledged. Records are opaque payloads;
 * each gets a position (dense, increasing, the event's sequence). Stages read with a {@link JournalReader};
 * sinks' progress moves the {@linkplain #commit commit point}, from which a restart replays (at-least-once).
 * <p>
 * This is the seam a Kafka topic can implement later: append = produce, position = offset, commit point = the
 * consumer group's committed offset.
 */
public interface Journal extends AutoCloseable {

    /**
     * Appends a batch, blocking while the journal is full (back-pressure for TCP/HTTP inputs).
     *
     * @param records payloads, in order; each must not be modified afterwards
     * @return the position of the first record; the others follow densely
     * @throws InterruptedException when interrupted while waiting for space (nothing was written)
     * @throws IOException when the write fails (the journal then refuses further appends)
     */
    long append(List<byte[]> records) throws InterruptedException, IOException;

    /**
     * Appends a batch, waiting at most {@code timeout} for space; a zero timeout never waits (UDP inputs).
     *
     * @return {@link AppendResult.Appended} with the positions, or {@link AppendResult.Full} when nothing was written
     */
    AppendResult tryAppend(List<byte[]> records, long timeout, TimeUnit unit) throws InterruptedException, IOException;

    /**
     * Waits until every record up to and including {@code position} is on stable storage.
     *
     * @throws IOException when the fsync failed or the journal was closed first
     */
    void awaitDurable(long position) throws InterruptedException, IOException;

    /**
     * @return a completion done when every record up to and including {@code position} is durable, or failed
     *         when the fsync fails or the journal closes first
     */
    CompletableFuture<Void> whenDurable(long position);

    /**
     * Opens a cursor for the stages.
     *
     * @param fromPosition first position to read, at least {@link #firstPosition()}
     */
    JournalReader reader(long fromPosition) throws IOException;

    /** Reads up to {@code maxRecords} records from {@code fromPosition}: a one-shot {@link #reader}. */
    default List<JournalRecord> read(long fromPosition, int maxRecords) throws IOException {
        try (JournalReader reader = reader(fromPosition)) {
            return reader.poll(maxRecords);
        }
    }

    /**
     * Moves the commit point: every record below {@code position} is delivered. Never moves backwards. Segments
     * wholly below it may then be deleted by retention.
     */
    void commit(long position);

    /** @return the commit point: the first position not yet delivered; a restart replays from here */
    long commitPoint();

    /** @return the oldest position still stored (retention deletes older segments) */
    long firstPosition();

    /** @return the position the next appended record gets */
    long appendedPosition();

    /** @return the first position not yet durable: every record below it survives a crash */
    long durablePosition();

    /** @return bytes on disk, all segments */
    long sizeBytes();

    /** @return the fsync policy, for status output */
    FsyncMode fsyncMode();

    /** Forces what was appended, persists the commit point and releases the files. */
    @Override
    void close() throws IOException;
}
