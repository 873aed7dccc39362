package io.usiem.kernel.internal.journal;

import java.io.IOException;
import java.util.List;

/**
 * A cursor over a {@link Journal}, used by the stages. Reads records as soon as they are appended, before they
 * are durable: processing may run ahead of the fsync, only acknowledgement waits for it. Not thread-safe.
 */
public interface JournalReader extends AutoCloseable {

    /** @return the position the next {@link #poll} starts at */
    long position();

    /**
     * Reads the next records already appended, without waiting.
     *
     * @param maxRecords upper bound on the records returned
     * @return up to {@code maxRecords} records with consecutive positions; empty when none is available yet
     * @throws IOException when a segment cannot be read or a record fails its checksum
     */
    List<JournalRecord> poll(int maxRecords) throws IOException;

    @Override
    void close() throws IOException;
}
