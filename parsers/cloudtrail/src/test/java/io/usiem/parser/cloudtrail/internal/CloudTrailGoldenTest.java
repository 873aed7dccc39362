package io.usiem.parser.cloudtrail.internal;

import io.usiem.api.parser.testing.GoldenFiles;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Golden lines in, the normalized JSON of every record (tab-joined) or the outcome out; regenerate with -Dusiem.golden.update=true and review. */
class CloudTrailGoldenTest {
    static final long RECEIVED = Instant.parse("2024-03-02T00:00:00Z").getEpochSecond() * 1_000_000_000L;

    @ParameterizedTest
    @ValueSource(strings = {"otrf", "documented", "malformed"})
    void matchesGoldenFile(String name) {
        GoldenFiles.receivedAt(RECEIVED).joiningEvents("\t").check(name, new CloudTrailParser());
    }
}
