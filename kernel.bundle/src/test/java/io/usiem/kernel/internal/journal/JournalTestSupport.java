package io.usiem.kernel.internal.journal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Payloads derived from their position, so any reader can check a record's exact bytes. */
final class JournalTestSupport {
    private JournalTestSupport() {
    }

    /** A payload of 20..219 bytes whose content depends on {@code position} and {@code tag}. */
    static byte[] payload(String tag, long position) {
        byte[] head = (tag + ":" + position + ":").getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = Arrays.copyOf(head, head.length + 20 + (int) ((position * 7919) % 200));
        for (int i = head.length; i < bytes.length; i++) {
            bytes[i] = (byte) (position * 31 + i);
        }
        return bytes;
    }

    static List<byte[]> batch(String tag, long first, int count) {
        List<byte[]> batch = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            batch.add(payload(tag, first + i));
        }
        return batch;
    }

    static JournalConfig small(Path dir, FsyncMode mode) {
        return JournalConfig.defaults(dir).withSegmentBytes(4096).withMaxBytes(1 << 20)
                .withFsync(mode, 16 << 10, Duration.ofMillis(10));
    }

    /** Reads every record from {@code from} to the appended position. */
    static List<JournalRecord> readAll(Journal journal, long from) throws Exception {
        List<JournalRecord> all = new ArrayList<>();
        try (JournalReader reader = journal.reader(from)) {
            for (List<JournalRecord> some = reader.poll(1000); !some.isEmpty(); some = reader.poll(1000)) {
                all.addAll(some);
            }
        }
        return all;
    }
}
