package io.usiem.kernel.internal.journal;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Child process of {@link JournalCrashTest}: appends batches forever and prints "ACK <last position>" once a
 * batch is durable. The parent kills it with SIGKILL mid-append.
 */
public final class JournalCrashChild {
    private JournalCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        FsyncMode mode = FsyncMode.valueOf(args[1]);
        JournalConfig config = JournalConfig.defaults(dir).withSegmentBytes(256 << 10).withMaxBytes(1L << 30)
                .withFsync(mode, 64 << 10, Duration.ofMillis(5));
        SegmentJournal journal = SegmentJournal.open(config);
        System.out.println("START " + journal.appendedPosition());
        System.out.flush();
        for (int batch = 0; ; batch++) {
            long first = journal.appendedPosition();
            int count = 1 + batch % 50;
            long got = journal.append(JournalTestSupport.batch("x", first, count));
            if (got != first) {
                throw new IllegalStateException("expected position " + first + ", got " + got);
            }
            journal.awaitDurable(first + count - 1);
            System.out.println("ACK " + (first + count - 1));
            System.out.flush();
        }
    }
}
