package io.usiem.benchmarks;

import io.usiem.kernel.internal.journal.FsyncMode;
import io.usiem.kernel.internal.journal.JournalConfig;
import io.usiem.kernel.internal.journal.JournalReader;
import io.usiem.kernel.internal.journal.JournalRecord;
import io.usiem.kernel.internal.journal.SegmentJournal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Restart after a crash with 1M unacknowledged 300-byte records (commit point 0): reopen (verifies every CRC and
 * rebuilds the index) and replay every record through a reader. The files are in the page cache, as after a
 * process crash; a cold cache after a reboot adds the device's read time for ~308 MB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class JournalRecoveryBenchmark {
    private static final int RECORDS = 1_000_000;

    private Path dir;
    private JournalConfig config;

    @Setup
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("journal-recovery");
        config = JournalConfig.defaults(dir).withFsync(FsyncMode.INTERVAL, 1 << 20, java.time.Duration.ofMillis(10));
        List<byte[]> batch = new ArrayList<>();
        Random random = new Random(3);
        for (int i = 0; i < 1000; i++) {
            byte[] line = new byte[JournalAppendBenchmark.RECORD_BYTES];
            random.nextBytes(line);
            batch.add(line);
        }
        try (SegmentJournal journal = SegmentJournal.open(config)) {
            for (int i = 0; i < RECORDS / batch.size(); i++) {
                journal.append(batch);
            }
        }
    }

    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public long reopenAndReplay() throws IOException {
        try (SegmentJournal journal = SegmentJournal.open(config); JournalReader reader = journal.reader(journal.commitPoint())) {
            long bytes = 0;
            for (List<JournalRecord> some = reader.poll(4096); !some.isEmpty(); some = reader.poll(4096)) {
                for (JournalRecord record : some) {
                    bytes += record.payload().length;
                }
            }
            if (bytes != (long) RECORDS * JournalAppendBenchmark.RECORD_BYTES) {
                throw new IllegalStateException("replayed " + bytes + " bytes");
            }
            return bytes;
        }
    }
}
