package io.usiem.parser.suricata.internal;

import io.usiem.api.parser.testing.GoldenFiles;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Golden lines in, the normalized JSON (or the outcome) out; regenerate with -Dusiem.golden.update=true and review. */
class SuricataEveParserGoldenTest {
    /** Received time of every golden line, so event.ingested is fixed. */
    static final long RECEIVED = Instant.parse("2024-03-01T12:00:00Z").getEpochSecond() * 1_000_000_000L;

    @ParameterizedTest
    @ValueSource(strings = {"eve", "routed"})
    void matchesGoldenFile(String name) {
        // routed.log: lines an input declared as suricata.eve, so broken ones are format errors, never not-mine.
        String sourceType = name.equals("routed") ? "suricata.eve" : null;
        GoldenFiles.receivedAt(RECEIVED).withSourceType(sourceType).check(name, new SuricataEveParser());
    }
}
