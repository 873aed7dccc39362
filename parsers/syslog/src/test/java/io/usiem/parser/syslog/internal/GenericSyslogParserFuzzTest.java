package io.usiem.parser.syslog.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.parser.RawLog;
import io.usiem.api.parser.testing.LineMutator;
import io.usiem.api.parser.testing.ParserFuzzing;
import io.usiem.api.parser.testing.ParserSamples;

import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Mutates real-format lines (truncation, byte flips, inserted separators, huge fields): the parser never throws. */
class GenericSyslogParserFuzzTest {
    private static final LineMutator MUTATOR = LineMutator.of("<>[]=\" :.-T0123456789abcZ\\\uFEFF\u0000\uFFFD");

    @Test
    void samplesParse() {
        ParserSamples.assertFillTheirCategory(new GenericSyslogParser(ZoneOffset.UTC), RawLog::of);
    }

    @Test
    void hundredThousandMutationsNeverThrow() {
        GenericSyslogParser parser = new GenericSyslogParser(ZoneOffset.UTC);
        ParserFuzzing.Counts counts = ParserFuzzing.of(parser.metadata().samples(), MUTATOR, 20261128L)
                .receivedNanos(GenericSyslogParserGoldenTest.RECEIVED).keepsRaw().run(parser);
        assertTrue(counts.parsed() > 10_000, "mutations of valid lines still mostly parse: " + counts);
    }
}
