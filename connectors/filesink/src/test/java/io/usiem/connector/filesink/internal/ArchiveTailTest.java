package io.usiem.connector.filesink.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTailTest {
    private static final String LINES = String.join("\n",
            "{\"@timestamp\":\"t\",\"usiem.sequence\":11,\"event.original\":\"x\"}",
            // a key inside a string is escaped; a shadowed field has a longer name
            "{\"@timestamp\":\"t\",\"usiem.shadowed.usiem.sequence\":12,\"event.original\":\"\\\"usiem.sequence\\\":13\"}",
            "{\"@timestamp\":\"t\",\"usiem.sequence\":14}",
            // a torn line glued to a whole one (written before torn lines were cut): the whole one counts
            "{\"@timestamp\":\"t\",\"usiem.sequence\":15,\"us{\"@timestamp\":\"t\",\"usiem.sequence\":16}",
            "{\"@timestamp\":\"t\",\"usiem.sequence\":99999999999999999999}",
            "{\"@timestamp\":\"t\",\"usiem.sequence\":17,\"a\":1}",
            "{\"@timestamp\":\"t\",\"usiem.sequence\":18,\"torn") ;

    private static SequenceSet scan(byte[] bytes, int chunk, boolean midLine) {
        SequenceSet.Builder b = new SequenceSet.Builder();
        SequenceScanner s = new SequenceScanner(b, midLine);
        for (int off = 0; off < bytes.length; off += chunk) {
            s.feed(bytes, off, Math.min(chunk, bytes.length - off));
        }
        return b.build();
    }

    @Test
    void learnsTheHeaderSequenceOfEveryWholeLineInChunksOfAnySize() {
        byte[] bytes = LINES.getBytes(StandardCharsets.UTF_8);
        for (int chunk : new int[] {1, 2, 7, 16, 17, bytes.length}) {
            SequenceSet set = scan(bytes, chunk, false);
            assertEquals(4, set.size(), "chunk " + chunk);
            for (long s : new long[] {11, 14, 16, 17}) {
                assertTrue(set.contains(s), s + " in chunk " + chunk);
            }
            for (long s : new long[] {0, 12, 13, 15, 18}) {
                assertFalse(set.contains(s), s + " in chunk " + chunk);
            }
        }
        assertFalse(scan(bytes, 5, true).contains(11), "a line whose start was not read is skipped");
    }

    @Test
    void learnsTheTailOfTheNewestTwoDailyFiles(@TempDir Path dir) throws Exception {
        Files.writeString(DailyNdjsonWriter.fileFor(dir, LocalDate.parse("2026-01-01")), "{\"usiem.sequence\":1}\n");
        Files.writeString(DailyNdjsonWriter.fileFor(dir, LocalDate.parse("2026-01-02")), "{\"usiem.sequence\":2}\n");
        Files.writeString(DailyNdjsonWriter.fileFor(dir, LocalDate.parse("2026-01-03")), "{\"usiem.sequence\":3}\n");
        Files.writeString(dir.resolve("events-notes.ndjson"), "{\"usiem.sequence\":4}\n");
        ArchiveTail.Learned learned = ArchiveTail.learn(dir, 1 << 20);
        assertEquals(2, learned.filesScanned());
        assertEquals(2, learned.sequences().size());
        assertTrue(learned.sequences().contains(2) && learned.sequences().contains(3));
    }

    @Test
    void cutsOnlyATornLastLine(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole");
        Files.writeString(whole, "{}\n{}\n");
        assertEquals(0, ArchiveTail.cutTornLine(whole));
        Path torn = dir.resolve("torn");
        Files.writeString(torn, "{}\n{\"a\":");
        assertEquals(5, ArchiveTail.cutTornLine(torn));
        assertEquals("{}\n", Files.readString(torn));
        Path onlyTorn = dir.resolve("only-torn");
        Files.writeString(onlyTorn, "x".repeat(200_000));
        assertEquals(200_000, ArchiveTail.cutTornLine(onlyTorn));
        assertEquals(0, Files.size(onlyTorn));
        assertEquals(0, ArchiveTail.cutTornLine(dir.resolve("absent")));
    }
}
