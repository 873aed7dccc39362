package io.usiem.parser.ciscoasa.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.parser.RawLog;
import io.usiem.api.parser.testing.GoldenFiles;
import io.usiem.api.parser.testing.LineMutator;
import io.usiem.api.parser.testing.ParserFuzzing;
import io.usiem.api.parser.testing.ParserSamples;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Mutates the golden lines (truncation, byte flips, inserted separators, huge fields): the parser never throws. */
class CiscoAsaFuzzTest {
    private static final LineMutator MUTATOR = LineMutator.of(",:;()[]<>\"/\\ -.0123456789abcdefx%ASA-6:\u0000\uFFFD")
            .hugeRunOf('a').alsoInserting(LineMutator.runOf(" "));

    @Test
    void samplesParse() {
        ParserSamples.assertFillTheirCategory(new CiscoAsaParser(ZoneId.of("UTC")), RawLog::of);
    }

    @Test
    void hundredThousandMutationsNeverThrow() {
        // A zone with rules, so the cached-hour path of the clock is fuzzed too.
        CiscoAsaParser parser = new CiscoAsaParser(ZoneId.of("Europe/Madrid"));
        ParserFuzzing.Counts counts = ParserFuzzing.of(GoldenFiles.readLog("asa"), MUTATOR, 20261129L)
                .receivedNanos(CiscoAsaGoldenTest.RECEIVED).keepsRaw().run(parser);
        assertTrue(counts.parsed() > 10_000, "mutations of valid lines still mostly parse: " + counts);
    }
}
