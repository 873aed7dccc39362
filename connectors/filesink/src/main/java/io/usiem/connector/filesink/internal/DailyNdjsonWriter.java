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

import org.slf4j.LoggerFactory;

/**
 * Appends events as JSON lines to {@code events-YYYY-MM-DD.ndjson} (UTC day of reception), one file per
 * day, and deletes files past the retention. Thread-safe: the kernel's output workers call it at once.
 */
final class DailyNdjsonWriter implements AutoCloseable {
    private static final String PREFIX = "events-";
    private static final String SUFFIX = ".ndjson";

    private final Path directory;
    private final int retentionDays;
    private final boolean fsync;
    private FileChannel channel;
    private LocalDate day;

    DailyNdjsonWriter(Path directory, int retentionDays, boolean fsync) throws IOException {
        this.directory = directory;
        this.retentionDays = retentionDays;
        this.fsync = fsync;
        Files.createDirectories(directory);
    }

    static Path fileFor(Path directory, LocalDate day) {
        return directory.resolve(PREFIX + day + SUFFIX);
    }

    synchronized void write(List<Event> events) throws IOException {
        StringBuilder sb = new StringBuilder(events.size() * 512);
        LocalDate batchDay = null;
        for (Event e : events) {
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
            LoggerFactory.getLogger(DailyNdjsonWriter.class).warn("Could not cut {} back to its last whole batch",
                    fileFor(directory, d), e);
        }
    }

    private void open(LocalDate d) throws IOException {
        if (channel != null) {
            channel.close();
        }
        channel = FileChannel.open(fileFor(directory, d), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
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
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, PREFIX + "*" + SUFFIX)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                String date = name.substring(PREFIX.length(), name.length() - SUFFIX.length());
                try {
                    if (LocalDate.parse(date).isBefore(oldestKept)) {
                        Files.deleteIfExists(f);
                        deleted++;
                    }
                } catch (java.time.format.DateTimeParseException e) {
                    // Not one of ours: leave it.
                }
            }
        }
        return deleted;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
            day = null;
        }
    }
}
