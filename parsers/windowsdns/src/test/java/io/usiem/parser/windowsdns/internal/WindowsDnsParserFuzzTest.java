package io.usiem.parser.windowsdns.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.parser.RawLog;
import io.usiem.api.parser.testing.LineMutator;
import io.usiem.api.parser.testing.ParserFuzzing;
import io.usiem.api.parser.testing.ParserSamples;

import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Mutates real-format lines (truncation, byte flips, inserted separators, huge fields): the parser never throws. */
class WindowsDnsParserFuzzTest {
    private static final LineMutator MUTATOR = LineMutator.of("()[]/: .0123456789abcdefRQDUPMA\t\u0000\uFEFF\uFFFD");

    @Test
    void samplesParse() {
        ParserSamples.assertFillTheirCategory(new WindowsDnsParser(ZoneOffset.UTC, DebugLogTime.Order.AUTO), RawLog::of);
    }

    @Test
    void hundredThousandMutationsNeverThrow() {
        WindowsDnsParser parser = new WindowsDnsParser(ZoneId.of("Europe/Madrid"), DebugLogTime.Order.AUTO);
        ParserFuzzing.Counts counts = ParserFuzzing.of(parser.metadata().samples(), MUTATOR, 20261129L)
                .receivedNanos(WindowsDnsParserGoldenTest.RECEIVED).keepsRaw().run(parser);
        assertTrue(counts.parsed() > 10_000, "mutations of valid lines still often parse: " + counts);
    }
}
