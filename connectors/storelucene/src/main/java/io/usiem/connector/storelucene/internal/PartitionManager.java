package io.usiem.connector.storelucene.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The time partitions of the event index: one directory per period of reception time ({@code events-2026-11-29},
 * or {@code events-2026-11-29T06} for periods shorter than a day). Partitioning by reception rather than event
 * time keeps a replayed event in the partition it was first written to, and a log with a wild timestamp cannot
 * create or revive old partitions; searches select partitions by the event times each one actually holds.
 */
final class PartitionManager implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(PartitionManager.class);
    private static final String PREFIX = "events-";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH");

    private final Path root;
    private final long periodNanos;
    private final double ramBufferMb;
    private final ConcurrentSkipListMap<Long, Partition> partitions = new ConcurrentSkipListMap<>();

    PartitionManager(Path root, long periodNanos, double ramBufferMb) throws IOException {
        this.root = root;
        this.periodNanos = periodNanos;
        this.ramBufferMb = ramBufferMb;
        Files.createDirectories(root);
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : (Iterable<Path>) dirs.sorted()::iterator) {
                String name = dir.getFileName().toString();
                if (!name.startsWith(PREFIX) || !Files.isDirectory(dir)) {
                    continue;
                }
                Long start = parseStart(name.substring(PREFIX.length()));
                if (start == null) {
                    LOG.warn("Ignoring {}: not a partition name", dir);
                    continue;
                }
                partitions.put(start, new Partition(name, start, dir, ramBufferMb));
            }
        }
    }

    private static Long parseStart(String s) {
        try {
            LocalDateTime t = s.length() == 10 ? java.time.LocalDate.parse(s, DAY).atStartOfDay()
                    : LocalDateTime.parse(s, HOUR);
            Instant i = t.toInstant(ZoneOffset.UTC);
            return i.getEpochSecond() * 1_000_000_000L;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private String nameOf(long startNanos) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(startNanos, 1_000_000_000L), 0, ZoneOffset.UTC);
        return PREFIX + (periodNanos % 86_400_000_000_000L == 0 ? DAY.format(t) : HOUR.format(t));
    }

    /** @param receivedNanos an event's reception time @return its partition, created when new */
    Partition forReceived(long receivedNanos) throws IOException {
        long start = Math.floorDiv(receivedNanos, periodNanos) * periodNanos;
        Partition p = partitions.get(start);
        if (p != null) {
            return p;
        }
        synchronized (this) {
            p = partitions.get(start);
            if (p == null) {
                String name = nameOf(start);
                p = new Partition(name, start, root.resolve(name), ramBufferMb);
                partitions.put(start, p);
            }
            return p;
        }
    }

    /** @return the partitions, oldest first */
    List<Partition> all() {
        return new ArrayList<>(partitions.values());
    }

    /** @return the period of reception time each partition covers */
    long periodNanos() {
        return periodNanos;
    }

    /** Deletes a partition: its directory and everything in it. */
    synchronized void drop(Partition p) throws IOException {
        partitions.remove(p.startNanos(), p);
        p.discard();
        try (Stream<Path> files = Files.walk(p.path())) {
            for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(f);
            }
        }
        LOG.info("Dropped partition {}", p.name());
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Map.Entry<Long, Partition> e : partitions.entrySet()) {
            try {
                e.getValue().close();
            } catch (IOException ex) {
                if (first == null) {
                    first = ex;
                } else {
                    first.addSuppressed(ex);
                }
            }
        }
        partitions.clear();
        if (first != null) {
            throw first;
        }
    }
}
