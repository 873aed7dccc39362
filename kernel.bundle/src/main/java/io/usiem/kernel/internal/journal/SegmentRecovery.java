package io.usiem.kernel.internal.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a journal folder after a clean stop or a crash: reads the commit point, verifies every record from the
 * segment holding it to the end, and cuts a torn tail so appends continue right after the last valid record.
 */
final class SegmentRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(SegmentRecovery.class);

    /** What recovery found; the last segment is open for writing. */
    record Recovered(List<Segment> segments, long commitPoint) {
    }

    private SegmentRecovery() {
    }

    static Recovered recover(JournalConfig config, CommitFile commitFile) throws IOException {
        Path dir = config.directory();
        Files.createDirectories(dir);
        long commit = Math.max(0, commitFile.read());
        TreeMap<Long, Path> files = list(dir);
        if (files.isEmpty()) {
            Segment first = create(dir, commit, 0);
            LOG.info("Journal {}: new, first position {}", dir, commit);
            return new Recovered(List.of(first), commit);
        }
        List<Segment> segments = new ArrayList<>();
        long startByte = 0;
        long expectedBase = -1;
        Long scanFrom = files.floorKey(commit);
        for (var entry : files.entrySet()) {
            long base = entry.getKey();
            Path file = entry.getValue();
            Segment segment = new Segment(base, file, startByte);
            Long next = files.higherKey(base);
            if (scanFrom != null && base < scanFrom && next != null) {
                segment.published(next, Files.size(file));
            } else {
                if (expectedBase >= 0 && base != expectedBase) {
                    quarantine(files.tailMap(base, true).values(), "segment " + file.getFileName()
                            + " should start at position " + expectedBase);
                    break;
                }
                long fileSize = Files.size(file);
                long valid = scan(segment, fileSize, config.maxRecordBytes());
                if (valid < fileSize) {
                    cut(segment, valid, fileSize);
                    if (next != null) {
                        segments.add(segment);
                        quarantine(files.tailMap(next, true).values(), "records after a corrupt one in " + file.getFileName());
                        break;
                    }
                }
                expectedBase = segment.end();
            }
            segments.add(segment);
            startByte += segment.sizeBytes();
        }
        Segment last = segments.get(segments.size() - 1);
        last.channel = FileChannel.open(last.file, StandardOpenOption.WRITE, StandardOpenOption.READ);
        long end = last.end();
        if (commit < segments.get(0).base) {
            LOG.warn("Journal {}: commit point {} is before the oldest segment; replaying from {}", dir, commit, segments.get(0).base);
            commit = segments.get(0).base;
        }
        if (commit > end) {
            LOG.warn("Journal {}: commit point {} is past the last record {}; continuing from {}", dir, commit, end, end);
            commit = end;
        }
        LOG.info("Journal {}: {} segments, positions {}..{}, replay from commit point {} ({} records)", dir,
                segments.size(), segments.get(0).base, end, commit, end - commit);
        return new Recovered(segments, commit);
    }

    static Segment create(Path dir, long base, long startByte) throws IOException {
        Path file = dir.resolve(Segment.fileName(base));
        Segment segment = new Segment(base, file, startByte);
        segment.channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.READ);
        CommitFile.syncDirectory(dir);
        return segment;
    }

    /** Verifies every frame and builds the sparse index; @return the length of the valid prefix. */
    private static long scan(Segment segment, long fileSize, int maxRecordBytes) throws IOException {
        try (FileChannel channel = FileChannel.open(segment.file, StandardOpenOption.READ)) {
            FrameReader reader = new FrameReader(channel, 0, maxRecordBytes);
            long position = segment.base;
            while (true) {
                long offset = reader.offset();
                if (reader.next(fileSize) < 0) {
                    segment.published(position, offset);
                    return offset;
                }
                segment.indexIfDue(position, offset);
                position++;
            }
        }
    }

    private static void cut(Segment segment, long valid, long fileSize) throws IOException {
        LOG.warn("Journal segment {}: cut a torn or corrupt tail of {} bytes at offset {}; records up to position {} kept",
                segment.file, fileSize - valid, valid, segment.end());
        try (FileChannel channel = FileChannel.open(segment.file, StandardOpenOption.WRITE)) {
            channel.truncate(valid);
            channel.force(true);
        }
    }

    private static void quarantine(Iterable<Path> files, String reason) throws IOException {
        for (Path file : files) {
            Path aside = file.resolveSibling(file.getFileName() + ".corrupt");
            LOG.error("Journal: {}; moving {} aside to {}: its records are not replayed", reason, file, aside);
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static TreeMap<Long, Path> list(Path dir) throws IOException {
        TreeMap<Long, Path> files = new TreeMap<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*" + Segment.SUFFIX)) {
            for (Path file : stream) {
                String name = file.getFileName().toString();
                try {
                    files.put(Long.parseLong(name.substring(0, name.length() - Segment.SUFFIX.length())), file);
                } catch (NumberFormatException e) {
                    LOG.warn("Journal {}: ignoring {}, not a segment name", dir, name, e);
                }
            }
        }
        return files;
    }
}
