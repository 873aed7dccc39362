package io.usiem.parser.zeek.internal;

import io.usiem.api.parser.testing.GoldenFiles;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden lines in, the normalized JSON (or the outcome) out; regenerate with -Dusiem.golden.update=true and review. */
class ZeekParserGoldenTest {
    /** Received time of every golden line, so event.ingested is fixed. */
    static final long RECEIVED = Instant.parse("2024-03-01T12:00:00Z").getEpochSecond() * 1_000_000_000L;

    @ParameterizedTest
    @CsvSource(value = {"tsv,", "json,", "routed-conn,zeek.conn", "routed-files,zeek.files", "routed-zeek,zeek"})
    void matchesGoldenFile(String name, String sourceType) {
        // One parser per file: its header lines set the layout of the data lines after them.
        GoldenFiles.receivedAt(RECEIVED).withSourceType(sourceType).check(name, new ZeekParser());
    }
}
