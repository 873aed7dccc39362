package io.usiem.parser.squid.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.parser.RawLog;
import io.usiem.api.parser.testing.GoldenFiles;
import io.usiem.api.parser.testing.LineMutator;
import io.usiem.api.parser.testing.ParserFuzzing;
import io.usiem.api.parser.testing.ParserSamples;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Mutates the golden lines (truncation, byte flips, inserted separators, huge fields): the parser never throws. */
class SquidFuzzTest {
    private static final LineMutator MUTATOR = LineMutator.of("  //:.-_[]()\"0123456789TCP_MISDENYabc\u0000\uFFFD\uFEFF\t")
            .hugeRunOf('9').alsoInserting(LineMutator.runOf("/", " "));

    @Test
    void samplesParse() {
        ParserSamples.assertFillTheirCategory(new SquidParser(ZoneId.of("UTC")), RawLog::of);
    }

    @Test
    void hundredThousandMutationsNeverThrow() {
        SquidParser parser = new SquidParser(ZoneId.of("Europe/Madrid"));
        ParserFuzzing.Counts counts = ParserFuzzing.of(GoldenFiles.readLog("squid"), MUTATOR, 20261130L)
                .rawLogs((i, line) -> {
                    RawLog.Builder raw = RawLog.builder(line).receivedNanos(SquidGoldenTest.RECEIVED);
                    if (i % 5 == 0) {
                        raw.sourceType("squid"); // declared lines too: format errors instead of not-mine
                    }
                    return raw.build();
                })
                .keepsRaw().run(parser);
        assertTrue(counts.parsed() > 10_000, "mutations of valid lines still mostly parse: " + counts);
    }
}
