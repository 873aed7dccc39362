package io.usiem.connector.filesink.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Event;
import io.usiem.api.event.EventJsonWriter;
import io.usiem.api.event.Fields;

import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kernel replays its journal after a crash: the archive must end up holding every event once. */
class ReplayDeduplicationTest {
    private static final long DAY = 86_400_000_000_000L;
    private static final LocalDate D1 = LocalDate.parse("2026-03-01");
    private static final LocalDate D2 = D1.plusDays(1);
    private static final long MIDNIGHT = D2.toEpochDay() * DAY;
    private static final long SCAN = 64L << 20;
    private static final Pattern SEQUENCE = Pattern.compile("\"usiem\\.sequence\":(\\d+)");

    /** Sequences up to 950 were received before midnight (file D1), the rest after (file D2). */
    private static Event event(long sequence) {
        long received = sequence <= 950 ? MIDNIGHT - 1_000_000L * (951 - sequence) : MIDNIGHT + 1_000_000L * sequence;
        return Event.builder("line " + sequence).receivedNanos(received).sequence(sequence)
                .set(Fields.USER_NAME, "u" + sequence).build();
    }

    private static List<Event> events(long from, long to) {
        List<Event> list = new ArrayList<>();
        for (long s = from; s <= to; s++) {
            list.add(event(s));
        }
        return list;
    }

    private static void writeInBatches(DailyNdjsonWriter w, long from, long to) throws Exception {
        for (long s = from; s <= to; s += 64) {
            w.write(events(s, Math.min(to, s + 63)));
        }
    }

    /** A crash in the middle of a write: the first bytes of the line of event 1001, up to just past its sequence. */
    private static void appendTornLine(Path dir) throws Exception {
        StringBuilder line = new StringBuilder();
        EventJsonWriter.write(event(1001), line);
        String key = "\"usiem.sequence\":1001,";
        String torn = line.substring(0, line.indexOf(key) + key.length());
        Files.writeString(DailyNdjsonWriter.fileFor(dir, D2), torn, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** @return how many times each sequence is in the archive, checking that every line is one whole event */
    private static Map<Long, Integer> archivedSequences(Path dir) throws Exception {
        Map<Long, Integer> counts = new TreeMap<>();
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        for (String line : lines) {
            assertTrue(line.startsWith("{\"@timestamp\"") && line.endsWith("}"), "a whole line: " + line);
            assertEquals(line.indexOf("\"@timestamp\""), line.lastIndexOf("\"@timestamp\""), "one event per line: " + line);
            Matcher m = SEQUENCE.matcher(line);
            assertTrue(m.find(), line);
            counts.merge(Long.parseLong(m.group(1)), 1, Integer::sum);
            assertTrue(line.contains("\"user.name\":\"u" + m.group(1) + "\""), "the line of its own event: " + line);
        }
        return counts;
    }

    @Test
    void eventsReplayedAfterACrashAreArchivedOnceAndTheTornLineIsCut(@TempDir Path dir) throws Exception {
        DailyNdjsonWriter beforeCrash = new DailyNdjsonWriter(dir, 0, false, SCAN);
        writeInBatches(beforeCrash, 1, 1000);
        appendTornLine(dir);
        // kill -9: the process never closes the writer; its bytes are already in the files.

        try (DailyNdjsonWriter afterRestart = new DailyNdjsonWriter(dir, 0, false, SCAN)) {
            writeInBatches(afterRestart, 900, 1100);
            assertEquals(101, afterRestart.duplicatesSkipped(), "900..1000 were archived before the crash");
        } finally {
            beforeCrash.close();
        }

        Map<Long, Integer> counts = archivedSequences(dir);
        assertEquals(1100, counts.size());
        for (long s = 1; s <= 1100; s++) {
            assertEquals(1, counts.getOrDefault(s, 0), "sequence " + s);
        }
        assertEquals(950, Files.readAllLines(DailyNdjsonWriter.fileFor(dir, D1)).size(), "replays before midnight stay in D1");
    }

    @Test
    void withDeduplicationOffReplayedEventsAreWrittenAgain(@TempDir Path dir) throws Exception {
        try (DailyNdjsonWriter w = new DailyNdjsonWriter(dir, 0, false, 0)) {
            writeInBatches(w, 1, 1000);
        }
        appendTornLine(dir);
        try (DailyNdjsonWriter w = new DailyNdjsonWriter(dir, 0, false, 0)) {
            writeInBatches(w, 900, 1100);
            assertEquals(0, w.duplicatesSkipped());
        }
        Map<Long, Integer> counts = archivedSequences(dir); // the torn line is still cut
        for (long s = 1; s <= 1100; s++) {
            assertEquals(s >= 900 && s <= 1000 ? 2 : 1, counts.getOrDefault(s, 0), "sequence " + s);
        }
    }

    @Test
    void onlyTheScannedTailIsDeduplicated(@TempDir Path dir) throws Exception {
        try (DailyNdjsonWriter w = new DailyNdjsonWriter(dir, 0, false, SCAN)) {
            writeInBatches(w, 951, 1000);
        }
        Path file = DailyNdjsonWriter.fileFor(dir, D2);
        List<String> lines = Files.readAllLines(file);
        // Scan the last 10 lines and a few bytes of the one before: that one is not whole, so it is not learned.
        long tail = 5;
        for (String l : lines.subList(40, 50)) {
            tail += l.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        try (DailyNdjsonWriter w = new DailyNdjsonWriter(dir, 0, false, tail)) {
            w.write(events(980, 1000));
            assertEquals(10, w.duplicatesSkipped(), "991..1000 are in the tail");
        }
        Map<Long, Integer> counts = archivedSequences(dir);
        for (long s = 951; s <= 1000; s++) {
            assertEquals(s >= 980 && s <= 990 ? 2 : 1, counts.getOrDefault(s, 0), "sequence " + s);
        }
    }

    @Test
    void eventsWithoutASequenceAreNeverSkipped(@TempDir Path dir) throws Exception {
        Event unsequenced = Event.builder("no sequence").receivedNanos(MIDNIGHT).build();
        try (DailyNdjsonWriter w = new DailyNdjsonWriter(dir, 0, false, SCAN)) {
            w.write(List.of(unsequenced, event(1000)));
        }
        try (DailyNdjsonWriter w = new DailyNdjsonWriter(dir, 0, false, SCAN)) {
            w.write(List.of(unsequenced, event(1000)));
            assertEquals(1, w.duplicatesSkipped());
        }
        assertEquals(3, Files.readAllLines(DailyNdjsonWriter.fileFor(dir, D2)).size());
    }

    @Test
    void theSinkReadsItsScanSizeFromItsConfiguration(@TempDir Path dir) throws Exception {
        for (long scan : new long[] {SCAN, 0}) {
            Path d = dir.resolve("scan-" + scan);
            for (int start = 0; start < 2; start++) {
                NdjsonFileSink sink = new NdjsonFileSink(config(d, scan));
                try {
                    sink.write(events(990, 1000));
                } finally {
                    sink.deactivate();
                }
            }
            assertEquals(scan == 0 ? 22 : 11, Files.readAllLines(DailyNdjsonWriter.fileFor(d, D2)).size());
        }
    }

    private static FileSinkConfig config(Path dir, long scanBytes) {
        return new FileSinkConfig() {
            @Override public Class<? extends Annotation> annotationType() { return FileSinkConfig.class; }
            @Override public String name() { return "test"; }
            @Override public String directory() { return dir.toString(); }
            @Override public int retention_days() { return 0; }
            @Override public boolean fsync() { return false; }
            @Override public long dedupe_scan_bytes() { return scanBytes; }
        };
    }
}
