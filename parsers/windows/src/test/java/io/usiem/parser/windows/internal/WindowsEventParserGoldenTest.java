package io.usiem.parser.windows.internal;

import io.usiem.api.parser.testing.GoldenFiles;

import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Golden lines in, every event's JSON (joined by " ||| ") or the outcome out; regenerate with -Dusiem.golden.update=true and review. */
class WindowsEventParserGoldenTest {
    /** Received time of every golden line, so event.ingested is fixed. */
    static final long RECEIVED = Instant.parse("2024-03-01T12:00:00Z").getEpochSecond() * 1_000_000_000L;

    @ParameterizedTest
    @ValueSource(strings = {"shapes", "otrf", "xml", "otrf_sysmon_linux"})
    void matchesGoldenFile(String name) {
        GoldenFiles.receivedAt(RECEIVED).joiningEvents(" ||| ").check(name, new WindowsEventParser(ZoneOffset.UTC, true));
    }
}
