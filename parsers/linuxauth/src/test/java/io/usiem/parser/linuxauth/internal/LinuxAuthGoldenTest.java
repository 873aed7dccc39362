package io.usiem.parser.linuxauth.internal;

import io.usiem.api.parser.testing.GoldenFiles;

import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Golden lines in, the normalized JSON (or the outcome) out; regenerate with -Dusiem.golden.update=true and review. */
class LinuxAuthGoldenTest {
    /** Received time of every golden line, so year inference and event.ingested are fixed. */
    static final long RECEIVED = Instant.parse("2026-12-01T12:00:00Z").getEpochSecond() * 1_000_000_000L;

    @ParameterizedTest
    @ValueSource(strings = {"generated-iso", "generated-traditional", "generated-rfc5424", "documented", "malformed"})
    void matchesGoldenFile(String name) {
        GoldenFiles.receivedAt(RECEIVED).check(name, new LinuxAuthParser(ZoneOffset.UTC));
    }
}
