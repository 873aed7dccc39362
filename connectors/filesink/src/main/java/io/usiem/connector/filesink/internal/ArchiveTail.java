package io.usiem.connector.filesink.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the archive already holds at its end, read after a restart: the sequences of the last lines written
 * (so that events the kernel replays from its journal are not archived twice), and the repair of a line a
 * crash left torn.
 */
final class ArchiveTail {
    /** Replayed events land in the file of their day of reception: the newest file or, around midnight, the one before. */
    static final int FILES_SCANNED = 2;
    private static final int CHUNK = 1 << 20;

    /** What {@link #learn} found. */
    record Learned(SequenceSet sequences, long bytesScanned, int filesScanned) {
    }

    private ArchiveTail() {
    }

    /**
     * Collects the sequences of the complete lines in the last {@code maxBytes} of the archive: the end of its
     * newest daily file and, if that file is shorter, the end of the one before.
     *
     * @param directory the archive's directory
     * @param maxBytes how many bytes to read at most, over both files; 0 reads nothing
     */
    static Learned learn(Path directory, long maxBytes) throws IOException {
        SequenceSet.Builder sequences = new SequenceSet.Builder();
        long budget = maxBytes;
        long scanned = 0;
        int files = 0;
        for (Path file : newestDailyFiles(directory, FILES_SCANNED)) {
            if (budget <= 0) {
                break;
            }
            long read = scanTail(file, budget, sequences);
            budget -= read;
            scanned += read;
            files++;
        }
        return new Learned(sequences.build(), scanned, files);
    }

    private static long scanTail(Path file, long maxBytes, SequenceSet.Builder sequences) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            long start = Math.max(0, size - maxBytes);
            // Starting inside the file, the first bytes are the end of a line whose sequence was not read.
            SequenceScanner scanner = new SequenceScanner(sequences, start > 0);
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(CHUNK, Math.max(1, size - start)));
            long pos = start;
            while (pos < size) {
                buf.clear();
                int n = ch.read(buf, pos);
                if (n < 0) {
                    break;
                }
                scanner.feed(buf.array(), 0, n);
                pos += n;
            }
            return pos - start;
        }
    }

    /** @return up to {@code count} daily files of the directory, newest day first */
    static List<Path> newestDailyFiles(Path directory, int count) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, DailyNdjsonWriter.GLOB)) {
            for (Path f : stream) {
                if (DailyNdjsonWriter.dayOfFile(f) != null && Files.isRegularFile(f)) {
                    files.add(f);
                }
            }
        }
        files.sort(Comparator.comparing((Path f) -> DailyNdjsonWriter.dayOfFile(f)).reversed());
        return files.subList(0, Math.min(count, files.size()));
    }

    /**
     * Cuts a torn last line (one without its line break, left by a crash during a write) so the next write
     * starts a line of its own: the same repair the writer makes after a failed write. The torn event was
     * never acknowledged, so the kernel delivers it again.
     *
     * @return the number of bytes cut, 0 when the file ends with a whole line or does not exist
     */
    static long cutTornLine(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            long keep = size;
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(64 * 1024, Math.max(1, size)));
            search:
            while (keep > 0) {
                int n = (int) Math.min(buf.capacity(), keep);
                buf.clear().limit(n);
                long from = keep - n;
                while (buf.hasRemaining()) {
                    if (ch.read(buf, from + buf.position()) < 0) {
                        throw new IOException(file + " shrank while its last line was checked");
                    }
                }
                for (int i = n - 1; i >= 0; i--) {
                    if (buf.get(i) == '\n') {
                        keep = from + i + 1;
                        break search;
                    }
                }
                keep = from;
            }
            if (keep < size) {
                ch.truncate(keep);
            }
            return size - keep;
        }
    }
}
