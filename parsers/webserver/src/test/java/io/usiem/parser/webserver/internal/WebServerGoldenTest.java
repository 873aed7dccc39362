package io.usiem.parser.webserver.internal;

import io.usiem.api.parser.testing.GoldenFiles;

import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Golden lines in, the normalized JSON (or the outcome) out; regenerate with -Dusiem.golden.update=true and review. */
class WebServerGoldenTest {
    /** Received time of every golden line, so year inference and event.ingested are fixed. */
    static final long RECEIVED = Instant.parse("2026-12-01T12:00:00Z").getEpochSecond() * 1_000_000_000L;

    @Test
    void apache() {
        GoldenFiles.receivedAt(RECEIVED).check("apache", Parsers.apache(ZoneOffset.UTC));
    }

    @Test
    void nginx() {
        GoldenFiles.receivedAt(RECEIVED).check("nginx", Parsers.nginx(ZoneOffset.UTC));
    }
}
