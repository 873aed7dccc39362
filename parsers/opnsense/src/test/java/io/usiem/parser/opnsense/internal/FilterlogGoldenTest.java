package io.usiem.parser.opnsense.internal;

import io.usiem.api.parser.testing.GoldenFiles;

import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Golden lines in, the normalized JSON (or the outcome) out; regenerate with -Dusiem.golden.update=true and review. */
class FilterlogGoldenTest {
    /** Received time of every golden line, so year inference and event.ingested are fixed. */
    static final long RECEIVED = Instant.parse("2024-03-01T12:00:00Z").getEpochSecond() * 1_000_000_000L;

    @Test
    void matchesGoldenFile() {
        GoldenFiles.receivedAt(RECEIVED).check("filterlog", new FilterlogParser(ZoneOffset.UTC));
    }
}
