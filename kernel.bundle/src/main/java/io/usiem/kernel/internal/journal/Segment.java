package io.usiem.kernel.internal.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One segment file: records from {@link #base} on, named after it. The writer appends under the journal's lock
 * and publishes {@link #end} after each write, so readers never see a record before its bytes are written.
 * A sparse index (every {@value #INDEX_EVERY} records) lets a reader start in the middle without a full scan.
 */
final class Segment {
    static final String SUFFIX = ".seg";
    static final int INDEX_EVERY = 128;

    final long base;
    final Path file;
    /** Bytes of all older segments, deleted ones included: makes byte distances between positions O(1). */
    final long startByte;
    /** The write channel; null once sealed (or for segments recovery did not reopen for writing). */
    volatile FileChannel channel;
    private volatile long end;
    private volatile long sizeBytes;
    private long[] index = new long[16];
    private int indexCount;

    Segment(long base, Path file, long startByte) {
        this.base = base;
        this.file = file;
        this.startByte = startByte;
        this.end = base;
    }

    /**
     * Replaces the write channel when it is still {@code closed} (NIO closes a channel when a thread using it is
     * interrupted); a writer and the flusher may both find it closed, and only the first reopens it.
     *
     * @return the open write channel
     */
    synchronized FileChannel reopenIfClosed(FileChannel closed) throws IOException {
        if (channel == closed && !closed.isOpen()) {
            channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ);
        }
        return channel;
    }

    static String fileName(long base) {
        return String.format("%020d%s", base, SUFFIX);
    }

    /** @return the position after the last record written to this segment */
    long end() {
        return end;
    }

    long sizeBytes() {
        return sizeBytes;
    }

    /** Publishes records written up to {@code newEnd}, ending at byte {@code newSize} of the file. */
    void published(long newEnd, long newSize) {
        sizeBytes = newSize;
        end = newEnd;
    }

    /** Records the file offset of the record at {@code position} when it falls on an index step. */
    synchronized void indexIfDue(long position, long offset) {
        long relative = position - base;
        if (relative % INDEX_EVERY != 0 || relative / INDEX_EVERY != indexCount) {
            return;
        }
        if (indexCount == index.length) {
            index = Arrays.copyOf(index, indexCount * 2);
        }
        index[indexCount++] = offset;
    }

    /** @return {position, offset} of the nearest indexed record at or before {@code position} */
    synchronized long[] seek(long position) {
        int slot = (int) Math.min((position - base) / INDEX_EVERY, indexCount - 1L);
        return slot < 0 ? new long[] {base, 0} : new long[] {base + (long) slot * INDEX_EVERY, index[slot]};
    }

    void closeChannel() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }

    @Override
    public String toString() {
        return file.getFileName() + "[" + base + ".." + end + ")";
    }
}
