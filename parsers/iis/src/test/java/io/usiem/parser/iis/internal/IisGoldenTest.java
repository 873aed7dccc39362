package io.usiem.parser.iis.internal;

import io.usiem.api.parser.testing.GoldenFiles;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Golden lines in, the normalized JSON (or the outcome) out; regenerate with -Dusiem.golden.update=true and review. */
class IisGoldenTest {
    /** Received time of every golden line, so BSD syslog years and event.ingested are fixed. */
    static final long RECEIVED = Instant.parse("2021-08-06T13:00:00Z").getEpochSecond() * 1_000_000_000L;

    static IisParser parser() {
        return new IisParser(List.of("iis", "iis_access"), 16);
    }

    @Test
    void linesWithoutFieldsDirective() {
        GoldenFiles.receivedAt(RECEIVED).check("headerless", parser());
    }

    @Test
    void fieldsDirectivesAndLayoutChanges() {
        // One parser for the whole file: its #Fields lines set the layout of the (single, unnamed) origin's later lines.
        GoldenFiles.receivedAt(RECEIVED).check("fields", parser());
    }

    @Test
    void declaredSourceType() {
        // Declared iis: nothing is not-mine; another format's line is a format error.
        GoldenFiles.receivedAt(RECEIVED).withSourceType("iis").check("declared", parser());
    }
}
