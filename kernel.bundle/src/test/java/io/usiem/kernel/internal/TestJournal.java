package io.usiem.kernel.internal;

import io.usiem.kernel.internal.journal.FsyncMode;
import io.usiem.kernel.internal.journal.JournalConfig;
import io.usiem.kernel.internal.journal.SegmentJournal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Journals for pipeline tests: a fresh folder, fsync off unless a test needs it, and small segments and cap
 * (64 KiB / 256 KiB, a few thousand lines) so back-pressure from a full journal comes after a few thousand lines.
 */
final class TestJournal {
    private TestJournal() {
    }

    static SegmentJournal open() {
        try {
            return open(Files.createTempDirectory("usiem-journal-test"), FsyncMode.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SegmentJournal open(Path dir, FsyncMode mode) {
        try {
            return SegmentJournal.open(JournalConfig.defaults(dir).withSegmentBytes(64 << 10).withMaxBytes(256 << 10)
                    .withFsync(mode, 1 << 20, Duration.ofMillis(10)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
