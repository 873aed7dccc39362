package io.usiem.kernel.internal.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** A {@link JournalReader} over a {@link SegmentJournal}; opens its own read channel per segment. */
final class SegmentReader implements JournalReader {
    private final SegmentJournal journal;
    private final int maxRecordBytes;
    private long position;
    private Segment segment;
    private FileChannel channel;
    private FrameReader frames;

    SegmentReader(SegmentJournal journal, long fromPosition, int maxRecordBytes) {
        this.journal = journal;
        this.position = fromPosition;
        this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public List<JournalRecord> poll(int maxRecords) throws IOException {
        long limit = journal.appendedPosition();
        if (position >= limit || maxRecords <= 0) {
            return List.of();
        }
        List<JournalRecord> records = new ArrayList<>((int) Math.min(maxRecords, limit - position));
        while (records.size() < maxRecords && position < limit) {
            if (segment == null || position >= segment.end()) {
                open();
            }
            if (frames.next(segment.sizeBytes()) < 0) {
                throw new IOException("journal record " + position + " in " + segment.file + " at offset "
                        + frames.offset() + " is unreadable or fails its checksum");
            }
            records.add(new JournalRecord(position++, frames.payload()));
        }
        return records;
    }

    /** Opens the segment holding {@link #position} and moves to the record's offset. */
    private void open() throws IOException {
        close();
        segment = journal.segmentFor(position);
        try {
            channel = FileChannel.open(segment.file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new IOException("journal position " + position + " was deleted by retention; oldest is "
                    + journal.firstPosition(), e);
        }
        long[] start = segment.seek(position);
        frames = new FrameReader(channel, start[1], maxRecordBytes);
        for (long p = start[0]; p < position; p++) {
            if (frames.next(segment.sizeBytes()) < 0) {
                throw new IOException("journal record " + p + " in " + segment.file + " is unreadable");
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }
}
