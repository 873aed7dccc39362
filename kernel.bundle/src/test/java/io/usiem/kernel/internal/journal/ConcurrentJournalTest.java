package io.usiem.kernel.internal.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentJournalTest {
    @TempDir
    Path dir;

    @Test
    void concurrentAppendersGetDenseUniquePositionsInTheirOwnOrder() throws Exception {
        int writers = 4;
        int batches = 200;
        int perBatch = 10;
        try (SegmentJournal journal = SegmentJournal.open(JournalTestSupport.small(dir, FsyncMode.INTERVAL))) {
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            try {
                List<Future<?>> work = new ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    int writer = w;
                    work.add(pool.submit(() -> {
                        for (int b = 0; b < batches; b++) {
                            List<byte[]> batch = new ArrayList<>();
                            for (int i = 0; i < perBatch; i++) {
                                batch.add(ByteBuffer.allocate(8).putInt(writer).putInt(b * perBatch + i).array());
                            }
                            long first = journal.append(batch);
                            journal.awaitDurable(first + perBatch - 1);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : work) {
                    f.get(5, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }
            List<JournalRecord> records = JournalTestSupport.readAll(journal, 0);
            assertEquals(writers * batches * perBatch, records.size());
            int[] nextSeq = new int[writers];
            for (int i = 0; i < records.size(); i++) {
                assertEquals(i, records.get(i).position());
                ByteBuffer payload = ByteBuffer.wrap(records.get(i).payload());
                int writer = payload.getInt();
                assertEquals(nextSeq[writer]++, payload.getInt(), "writer " + writer + " order");
            }
            for (int seq : nextSeq) {
                assertEquals(batches * perBatch, seq);
            }
            assertTrue(journal.durablePosition() >= records.size());
        }
    }
}
