package io.usiem.parser.panos.internal;

import io.usiem.api.parser.testing.GoldenFiles;

import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Golden lines in, the normalized JSON (or the outcome) out; regenerate with -Dusiem.golden.update=true and review. */
class PanOsParserGoldenTest {
    /** Received time of every golden line, so event.ingested is fixed. */
    static final long RECEIVED = Instant.parse("2024-03-14T12:00:00Z").getEpochSecond() * 1_000_000_000L;

    @ParameterizedTest
    @ValueSource(strings = {"panos"})
    void matchesGoldenFile(String name) {
        GoldenFiles.receivedAt(RECEIVED).check(name, new PanOsParser(ZoneOffset.UTC));
    }
}
