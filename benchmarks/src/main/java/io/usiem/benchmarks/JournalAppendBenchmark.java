package io.usiem.benchmarks;

import io.usiem.kernel.internal.journal.FsyncMode;
import io.usiem.kernel.internal.journal.JournalConfig;
import io.usiem.kernel.internal.journal.SegmentJournal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The journal's append path, acknowledged only after fsync: one writer appends 300-byte records in batches of 256
 * and waits for durability once per 1 MiB of frames (14 batches, 1.05 MiB), with group commit every 1 MiB or 10 ms. Peer in the same
 * run: a bare {@link FileChannel} append of the same frames ([length][CRC32C][payload]), one write per batch, an
 * fsync every 1 MiB, 64 MiB files. Scores are records/s (one operation = one record); MB/s = score x 300 / 10^6.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class JournalAppendBenchmark {
    static final int RECORD_BYTES = 300;
    static final int BATCH = 256;
    static final int BATCHES_PER_ACK = 14;
    static final int RECORDS_PER_ACK = BATCH * BATCHES_PER_ACK;
    private static final long SEGMENT_BYTES = 64L << 20;
    private static final long KEEP_BYTES = 1L << 30;

    private Path dir;
    private SegmentJournal journal;
    private List<byte[]> batch;
    private BareAppender bare;

    @Setup
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("journal-bench");
        batch = new ArrayList<>(BATCH);
        Random random = new Random(7);
        for (int i = 0; i < BATCH; i++) {
            byte[] line = new byte[RECORD_BYTES];
            random.nextBytes(line);
            batch.add(line);
        }
        JournalConfig config = JournalConfig.defaults(dir.resolve("journal")).withSegmentBytes(SEGMENT_BYTES)
                .withMaxBytes(KEEP_BYTES).withFsync(FsyncMode.INTERVAL, 1 << 20, Duration.ofMillis(10));
        journal = SegmentJournal.open(config);
        bare = new BareAppender(Files.createDirectories(dir.resolve("bare")));
    }

    @TearDown
    public void tearDown() throws IOException {
        journal.close();
        bare.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS_PER_ACK)
    public long journalAppendDurable() throws Exception {
        long first = 0;
        for (int i = 0; i < BATCHES_PER_ACK; i++) {
            first = journal.append(batch);
        }
        long last = first + BATCH - 1;
        journal.awaitDurable(last);
        journal.commit(last + 1); // delivered at once, so retention keeps the disk use bounded
        return last;
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS_PER_ACK)
    public long bareFileChannelDurable() throws IOException {
        for (int i = 0; i < BATCHES_PER_ACK; i++) {
            bare.write(batch);
        }
        return bare.force();
    }

    /** The peer: framed appends to a FileChannel, fsync on demand, a new file every 64 MiB, old files deleted. */
    static final class BareAppender {
        private final Path dir;
        private final CRC32C crc = new CRC32C();
        private final ByteBuffer out = ByteBuffer.allocateDirect(1 << 20);
        private final ArrayDeque<Path> files = new ArrayDeque<>();
        private FileChannel channel;
        private long size;
        private long records;

        BareAppender(Path dir) throws IOException {
            this.dir = dir;
            roll();
        }

        void write(List<byte[]> batch) throws IOException {
            if (size + (long) batch.size() * (RECORD_BYTES + 8) > SEGMENT_BYTES) {
                channel.force(false);
                roll();
            }
            out.clear();
            for (byte[] line : batch) {
                crc.reset();
                crc.update(line, 0, line.length);
                out.putInt(line.length).putInt((int) crc.getValue()).put(line);
            }
            out.flip();
            while (out.hasRemaining()) {
                size += channel.write(out, size);
            }
            records += batch.size();
        }

        long force() throws IOException {
            channel.force(false);
            return records;
        }

        private void roll() throws IOException {
            if (channel != null) {
                channel.close();
            }
            Path file = dir.resolve(String.format("%020d.seg", records));
            channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            files.add(file);
            size = 0;
            while (files.size() > KEEP_BYTES / SEGMENT_BYTES) {
                Files.delete(files.poll());
            }
        }

        void close() throws IOException {
            channel.close();
        }
    }
}
