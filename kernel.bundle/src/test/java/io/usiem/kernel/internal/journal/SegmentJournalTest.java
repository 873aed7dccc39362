package io.usiem.kernel.internal.journal;

import static io.usiem.kernel.internal.journal.JournalTestSupport.batch;
import static io.usiem.kernel.internal.journal.JournalTestSupport.payload;
import static io.usiem.kernel.internal.journal.JournalTestSupport.readAll;
import static io.usiem.kernel.internal.journal.JournalTestSupport.small;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentJournalTest {
    @TempDir
    Path dir;

    private static void assertRecords(List<JournalRecord> records, String tag, long from, long to) {
        assertEquals(to - from, records.size(), "record count");
        for (int i = 0; i < records.size(); i++) {
            assertEquals(from + i, records.get(i).position());
            assertArrayEquals(payload(tag, from + i), records.get(i).payload(), "payload of " + (from + i));
        }
    }

    private long segmentFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(Segment.SUFFIX)).count();
        }
    }

    @Test
    void anInterruptedAppenderDoesNotBreakTheJournalForEveryoneElse() throws Exception {
        try (SegmentJournal journal = SegmentJournal.open(small(dir, FsyncMode.INTERVAL))) {
            journal.append(batch("i", 0, 3));
            // An input thread interrupted while it writes (a pool shut down with shutdownNow, a cancelled request):
            // NIO closes the channel it writes through. Its run must still land, and it keeps its interrupt. The list
            // interrupts its reader on the second pass (the first sizes the run, the second encodes it under the lock),
            // so the interrupt is set exactly when the frames go to the file.
            List<byte[]> run = batch("i", 3, 3);
            int[] reads = new int[1];
            List<byte[]> interrupting = new java.util.AbstractList<>() {
                @Override
                public byte[] get(int index) {
                    if (index == run.size() - 1 && ++reads[0] == 2) {
                        Thread.currentThread().interrupt();
                    }
                    return run.get(index);
                }

                @Override
                public int size() {
                    return run.size();
                }
            };
            try {
                assertEquals(3, journal.append(interrupting));
                assertEquals(2, reads[0], "the interrupt came during the write");
                assertTrue(Thread.currentThread().isInterrupted(), "the caller's interrupt is kept");
            } finally {
                Thread.interrupted();
            }
            assertEquals(6, journal.append(batch("i", 6, 4)), "later appends work: the channel was reopened");
            journal.awaitDurable(9);
            assertRecords(readAll(journal, 0), "i", 0, 10);
        }
        try (SegmentJournal reopened = SegmentJournal.open(small(dir, FsyncMode.INTERVAL))) {
            assertRecords(readAll(reopened, 0), "i", 0, 10);
        }
    }

    @Test
    void roundTripGivesDensePositionsAndExactPayloads() throws Exception {
        try (SegmentJournal journal = SegmentJournal.open(small(dir, FsyncMode.INTERVAL))) {
            assertEquals(0, journal.append(batch("a", 0, 5)));
            assertEquals(5, journal.append(batch("a", 5, 1)));
            AppendResult result = journal.tryAppend(batch("a", 6, 4), 0, TimeUnit.SECONDS);
            assertEquals(new AppendResult.Appended(6, 4), result);
            journal.awaitDurable(9);
            assertTrue(journal.durablePosition() >= 10);
            assertRecords(readAll(journal, 0), "a", 0, 10);
            assertRecords(journal.read(3, 4), "a", 3, 7);
        }
    }

    @Test
    void rollsSegmentsAndReadsAcrossThemFromAnyPosition() throws Exception {
        try (SegmentJournal journal = SegmentJournal.open(small(dir, FsyncMode.BATCH))) {
            for (int i = 0; i < 30; i++) {
                journal.append(batch("r", i * 10L, 10));
            }
            assertEquals(300, journal.appendedPosition());
            assertEquals(300, journal.durablePosition(), "BATCH mode: durable when append returns");
            assertTrue(segmentFiles() >= 5, "segments: " + segmentFiles());
            assertRecords(readAll(journal, 0), "r", 0, 300);
            assertRecords(readAll(journal, 137), "r", 137, 300);
        }
    }

    @Test
    void readerSeesRecordsAppendedAfterItOpened() throws Exception {
        try (SegmentJournal journal = SegmentJournal.open(small(dir, FsyncMode.NONE));
             JournalReader reader = journal.reader(0)) {
            assertTrue(reader.poll(10).isEmpty());
            journal.append(batch("t", 0, 50));
            assertRecords(reader.poll(100), "t", 0, 50);
            journal.append(batch("t", 50, 50));
            assertRecords(reader.poll(100), "t", 50, 100);
        }
    }

    @Test
    void reopenContinuesPositionsAndReplaysFromTheCommitPoint() throws Exception {
        try (SegmentJournal journal = SegmentJournal.open(small(dir, FsyncMode.INTERVAL))) {
            journal.append(batch("c", 0, 100));
            journal.commit(42);
        }
        try (SegmentJournal journal = SegmentJournal.open(small(dir, FsyncMode.INTERVAL))) {
            assertEquals(100, journal.appendedPosition());
            assertEquals(42, journal.commitPoint());
            assertRecords(readAll(journal, journal.commitPoint()), "c", 42, 100);
            assertEquals(100, journal.append(batch("c", 100, 10)));
            assertRecords(readAll(journal, 0), "c", 0, 110);
        }
    }

    @Test
    void cutsATornTailAndContinuesAfterTheLastValidRecord() throws Exception {
        try (SegmentJournal journal = SegmentJournal.open(small(dir, FsyncMode.BATCH))) {
            journal.append(batch("t", 0, 5));
        }
        Path segment = dir.resolve(Segment.fileName(0));
        long valid = Files.size(segment);
        Files.write(segment, new byte[] {0, 0, 0, 50, 1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
        try (SegmentJournal journal = SegmentJournal.open(small(dir, FsyncMode.BATCH))) {
            assertEquals(5, journal.appendedPosition());
            assertEquals(valid, Files.size(segment));
            assertEquals(5, journal.append(batch("t", 5, 3)));
            assertRecords(readAll(journal, 0), "t", 0, 8);
        }
    }

    @Test
    void dropsARecordWhoseChecksumFailsAndEverythingAfterIt() throws Exception {
        try (SegmentJournal journal = SegmentJournal.open(small(dir, FsyncMode.BATCH))) {
            journal.append(batch("k", 0, 5));
        }
        Path segment = dir.resolve(Segment.fileName(0));
        byte[] bytes = Files.readAllBytes(segment);
        bytes[bytes.length - 1] ^= 0x40; // last payload byte of record 4
        Files.write(segment, bytes);
        try (SegmentJournal journal = SegmentJournal.open(small(dir, FsyncMode.BATCH))) {
            assertEquals(4, journal.appendedPosition());
            assertRecords(readAll(journal, 0), "k", 0, 4);
        }
    }

    @Test
    void fullJournalAnswersFullThenBlocksUntilACommitFreesSpace() throws Exception {
        JournalConfig config = small(dir, FsyncMode.NONE).withMaxBytes(16 << 10);
        try (SegmentJournal journal = SegmentJournal.open(config)) {
            long next = 0;
            AppendResult result;
            while ((result = journal.tryAppend(batch("f", next, 10), 0, TimeUnit.SECONDS)) instanceof AppendResult.Appended a) {
                next = a.lastPosition() + 1;
            }
            AppendResult.Full full = (AppendResult.Full) result;
            assertEquals(16 << 10, full.capBytes());
            assertEquals(next, journal.appendedPosition(), "nothing of the refused batch was written");
            assertTrue(journal.tryAppend(batch("f", next, 10), 20, TimeUnit.MILLISECONDS) instanceof AppendResult.Full);

            long blockedFirst = next;
            CompletableFuture<Long> blocked = CompletableFuture.supplyAsync(() -> {
                try {
                    return journal.append(batch("f", blockedFirst, 10));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertEquals(blockedFirst, journal.appendedPosition());
            journal.commit(next);
            assertEquals(blockedFirst, blocked.get(5, TimeUnit.MINUTES));
            assertRecords(readAll(journal, 0), "f", 0, blockedFirst + 10);
        }
    }

    @Test
    void retentionDeletesOnlyCommittedSegments() throws Exception {
        JournalConfig config = small(dir, FsyncMode.INTERVAL).withMaxBytes(16 << 10);
        try (SegmentJournal journal = SegmentJournal.open(config)) {
            long next = 0;
            while (journal.sizeBytes() < 15 << 10) {
                next = journal.append(batch("d", next, 10)) + 10;
            }
            journal.commit(60);
            journal.append(batch("d", next, 40)); // now over the cap: committed segments must go
            next += 40;
            org.awaitility.Awaitility.await().atMost(5, TimeUnit.MINUTES).until(() -> journal.firstPosition() > 0);
            assertTrue(journal.firstPosition() <= 60, "never deletes uncommitted records: first " + journal.firstPosition());
            assertRecords(readAll(journal, 60), "d", 60, next);
        }
        JournalConfig aged = config.withMaxAge(java.time.Duration.ofMillis(1)).withMaxBytes(1 << 20);
        try (SegmentJournal journal = SegmentJournal.open(aged)) {
            long lastSegmentBase = journal.segmentFor(journal.appendedPosition() - 1).base;
            journal.commit(journal.appendedPosition());
            org.awaitility.Awaitility.await().atMost(5, TimeUnit.MINUTES)
                    .until(() -> journal.firstPosition() == lastSegmentBase);
            assertEquals(1, segmentFiles(), "the active segment is kept");
        }
    }

    @Test
    void whenDurableCompletesAfterTheGroupCommit() throws Exception {
        try (SegmentJournal journal = SegmentJournal.open(small(dir, FsyncMode.INTERVAL))) {
            long first = journal.append(batch("w", 0, 3));
            journal.whenDurable(first + 2).get(5, TimeUnit.MINUTES);
            assertTrue(journal.durablePosition() >= 3);
        }
    }
}
