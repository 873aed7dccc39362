package io.usiem.connector.filesink.internal;

import io.usiem.api.event.Event;
import io.usiem.api.event.EventJsonWriter;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends events as JSON lines to {@code events-YYYY-MM-DD.ndjson} (UTC day of reception), one file per
 * day, and deletes files past the retention. Thread-safe: the kernel's output workers call it at once.
 *
 * <p>After a crash the kernel replays its journal, so events already written may arrive again. When
 * deduplication is on, the writer learns at construction the sequences in the last {@code dedupeScanBytes}
 * of its newest two daily files and skips events carrying one of them. That set is read-only and kept for
 * the writer's life: it holds 8 bytes per scanned line (about 3 MiB for 64 MiB of JSON), and after the
 * replay a lookup ends at its range check.
 */
final class DailyNdjsonWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DailyNdjsonWriter.class);
    private static final String PREFIX = "events-";
    private static final String SUFFIX = ".ndjson";
    /** Matches the daily files (and perhaps others: {@link #dayOfFile} tells). */
    static final String GLOB = PREFIX + "*" + SUFFIX;

    private final Path directory;
    private final int retentionDays;
    private final boolean fsync;
    private final SequenceSet archived;
    private FileChannel channel;
    private LocalDate day;
    private long duplicatesSkipped;

    /**
     * @param dedupeScanBytes how many bytes at the end of the newest two daily files to read for sequences
     *        already written; 0 turns deduplication off
     */
    DailyNdjsonWriter(Path directory, int retentionDays, boolean fsync, long dedupeScanBytes) throws IOException {
        this.directory = directory;
        this.retentionDays = retentionDays;
        this.fsync = fsync;
        Files.createDirectories(directory);
        if (dedupeScanBytes > 0) {
            ArchiveTail.Learned learned = ArchiveTail.learn(directory, dedupeScanBytes);
            this.archived = learned.sequences();
            LOG.info("{}: {} sequences already archived, learned from the last {} bytes of {} daily file(s);"
                    + " events replayed with them are skipped", directory, archived.size(), learned.bytesScanned(),
                    learned.filesScanned());
        } else {
            this.archived = SequenceSet.EMPTY;
        }
    }

    static Path fileFor(Path directory, LocalDate day) {
        return directory.resolve(PREFIX + day + SUFFIX);
    }

    synchronized void write(List<Event> events) throws IOException {
        StringBuilder sb = new StringBuilder(events.size() * 512);
        LocalDate batchDay = null;
        long skipped = 0;
        long firstSkipped = 0;
        for (Event e : events) {
            if (archived.contains(e.sequence())) {
                firstSkipped = skipped == 0 ? e.sequence() : firstSkipped;
                skipped++;
                continue;
            }
            LocalDate d = dayOf(e);
            if (batchDay != null && !d.equals(batchDay)) {
                flush(batchDay, sb);
                sb.setLength(0);
            }
            batchDay = d;
            EventJsonWriter.write(e, sb);
            sb.append('\n');
        }
        if (batchDay != null) {
            flush(batchDay, sb);
        }
        if (skipped > 0) {
            // Counted once the batch is written: a failed batch is retried and would be counted twice.
            if (duplicatesSkipped == 0) {
                LOG.info("{}: skipping replayed events already archived before the restart (first sequence {})",
                        directory, firstSkipped);
            }
            duplicatesSkipped += skipped;
            LOG.debug("{}: skipped {} replayed events already archived ({} in all)", directory, skipped,
                    duplicatesSkipped);
        }
    }

    /** @return how many events were skipped because the archive already held their sequence */
    synchronized long duplicatesSkipped() {
        return duplicatesSkipped;
    }

    private static LocalDate dayOf(Event e) {
        return LocalDate.ofEpochDay(Math.floorDiv(e.receivedNanos(), 86_400_000_000_000L));
    }

    private void flush(LocalDate d, StringBuilder sb) throws IOException {
        if (!d.equals(day)) {
            open(d);
        }
        ByteBuffer bytes = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
        long before = -1;
        try {
            before = channel.size();
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            if (fsync) {
                channel.force(false);
            }
        } catch (IOException e) {
            // A failed write (an interrupt closes the channel for good) must not break the archive until the
            // next day: forget the channel so the kernel's retry reopens the file, cut back to the last whole batch.
            reset(d, before);
            throw e;
        }
    }

    private void reset(LocalDate d, long size) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Closing a broken channel: the reopen below is what matters.
        }
        channel = null;
        day = null;
        try (FileChannel fix = FileChannel.open(fileFor(directory, d), StandardOpenOption.WRITE)) {
            if (size >= 0 && fix.size() > size) {
                fix.truncate(size);
            }
        } catch (IOException e) {
            // The retry may then repeat part of a batch; it is still written whole once.
            LOG.warn("Could not cut {} back to its last whole batch",
                    fileFor(directory, d), e);
        }
    }

    private void open(LocalDate d) throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
            day = null;
        }
        Path file = fileFor(directory, d);
        // A crash in the middle of a write leaves a line without its break; appending to it would glue the
        // next event onto it. Cut it, as a failed write is cut (the kernel delivers that event again).
        long cut = ArchiveTail.cutTornLine(file);
        if (cut > 0) {
            LOG.warn("{}: cut a torn last line of {} bytes left by an interrupted write", file, cut);
        }
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        day = d;
        deleteExpired(d);
    }

    /** Deletes daily files older than the retention, counted back from {@code today}. */
    synchronized int deleteExpired(LocalDate today) throws IOException {
        if (retentionDays == 0) {
            return 0;
        }
        LocalDate oldestKept = today.minusDays(retentionDays - 1L);
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, GLOB)) {
            for (Path f : files) {
                LocalDate date = dayOfFile(f);
                if (date != null && date.isBefore(oldestKept)) {
                    Files.deleteIfExists(f);
                    deleted++;
                }
            }
        }
        return deleted;
    }

    /** @return the day of a daily file, or null when the file is not one of ours */
    static LocalDate dayOfFile(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX) || name.length() < PREFIX.length() + SUFFIX.length()) {
            return null;
        }
        try {
            return LocalDate.parse(name.substring(PREFIX.length(), name.length() - SUFFIX.length()));
        } catch (java.time.format.DateTimeParseException e) {
            return null; // not one of ours: leave it
        }
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    @Override
    public synchronized void close() throws IOException {
        if (duplicatesSkipped > 0) {
            LOG.info("{}: skipped {} replayed events already archived", directory, duplicatesSkipped);
        }
        if (channel != null) {
            channel.close();
            channel = null;
            day = null;
        }
    }
}
