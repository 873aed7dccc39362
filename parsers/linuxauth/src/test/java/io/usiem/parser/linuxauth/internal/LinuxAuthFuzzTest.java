package io.usiem.parser.linuxauth.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.parser.RawLog;
import io.usiem.api.parser.testing.GoldenFiles;
import io.usiem.api.parser.testing.LineMutator;
import io.usiem.api.parser.testing.ParserFuzzing;
import io.usiem.api.parser.testing.ParserSamples;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Mutates the golden lines (truncation, byte flips, inserted separators, huge fields): the parser never throws. */
class LinuxAuthFuzzTest {
    private static final LineMutator MUTATOR = LineMutator.of("<>[]()=\"' :;.,-T0123456789abcZ\\\uFEFF\u0000\uFFFD");

    @Test
    void samplesParse() {
        ParserSamples.assertFillTheirCategory(new LinuxAuthParser(ZoneOffset.UTC),
                sample -> RawLog.builder(sample).receivedNanos(LinuxAuthGoldenTest.RECEIVED).build());
    }

    @Test
    void hundredThousandMutationsNeverThrow() {
        LinuxAuthParser parser = new LinuxAuthParser(ZoneOffset.UTC);
        List<String> seeds = new ArrayList<>(parser.metadata().samples());
        for (String name : List.of("generated-iso", "documented")) {
            seeds.addAll(GoldenFiles.readLog(name));
        }
        ParserFuzzing.Counts counts = ParserFuzzing.of(seeds, MUTATOR, 20261129L)
                .receivedNanos(LinuxAuthGoldenTest.RECEIVED).keepsRaw().run(parser);
        assertTrue(counts.parsed() > 10_000, "mutations of valid lines still mostly parse: " + counts);
    }
}
