package io.usiem.kernel.internal.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM with SIGKILL while it appends, twice over the same journal, and checks that every
 * acknowledged (durable) record is there with its exact bytes and that positions stayed dense.
 */
class JournalCrashTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = FsyncMode.class, names = {"INTERVAL", "BATCH"})
    void everyAcknowledgedRecordSurvivesKillDashNine(FsyncMode mode) throws Exception {
        long acked = -1;
        for (int round = 0; round < 2; round++) {
            long start = acked + 1;
            acked = Math.max(acked, runAndKill(mode, start, 1000));
        }
        JournalConfig config = JournalConfig.defaults(dir).withSegmentBytes(256 << 10).withMaxBytes(1L << 30);
        try (SegmentJournal journal = SegmentJournal.open(config)) {
            assertTrue(journal.appendedPosition() > acked, "appended " + journal.appendedPosition() + ", acked " + acked);
            List<JournalRecord> records = JournalTestSupport.readAll(journal, 0);
            assertEquals(journal.appendedPosition(), records.size());
            for (int i = 0; i < records.size(); i++) {
                assertEquals(i, records.get(i).position());
                assertArrayEquals(JournalTestSupport.payload("x", i), records.get(i).payload(), "payload of " + i);
            }
        }
    }

    /** Starts the child, waits for {@code acks} more acknowledgements, kills it; @return the last acknowledged. */
    private long runAndKill(FsyncMode mode, long expectedStart, int acks) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                JournalCrashChild.class.getName(), dir.toString(), mode.name())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        AtomicLong lastAck = new AtomicLong(-1);
        CompletableFuture<Long> seen = new CompletableFuture<>();
        Thread pump = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
                int count = 0;
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("START ")) {
                        long start = Long.parseLong(line.substring(6));
                        assertTrue(start >= expectedStart, "reopen continues after every acknowledged record: " + start);
                    } else if (line.startsWith("ACK ")) {
                        lastAck.set(Long.parseLong(line.substring(4)));
                        if (++count == acks) {
                            seen.complete(lastAck.get());
                        }
                    }
                }
                seen.completeExceptionally(new IllegalStateException("child ended after " + count + " acks"));
            } catch (Throwable e) {
                seen.completeExceptionally(e);
            }
        });
        pump.start();
        try {
            seen.get(5, TimeUnit.MINUTES);
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(5, TimeUnit.MINUTES));
            pump.join(TimeUnit.MINUTES.toMillis(5));
        }
        assertEquals(137, child.exitValue(), "killed by SIGKILL");
        return lastAck.get();
    }
}
