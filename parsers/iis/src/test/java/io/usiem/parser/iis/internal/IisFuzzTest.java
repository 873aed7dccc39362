package io.usiem.parser.iis.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.parser.RawLog;
import io.usiem.api.parser.testing.GoldenFiles;
import io.usiem.api.parser.testing.LineMutator;
import io.usiem.api.parser.testing.ParserFuzzing;
import io.usiem.api.parser.testing.ParserSamples;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Mutates the golden lines (truncation, byte flips, inserted separators, huge fields): the parser never throws. */
class IisFuzzTest {
    private static final LineMutator MUTATOR = LineMutator.of(" +-:/.?&=%#()0123456789abcdefxGETPOSHT\u0000\uFFFD\uFEFF\t\r")
            .hugeRunOf('9').alsoInserting(LineMutator.runOf(" ", "-"));

    @Test
    void samplesFillTheirCategory() {
        ParserSamples.assertFillTheirCategory(IisGoldenTest.parser(), line -> RawLog.builder(line).receivedNanos(IisGoldenTest.RECEIVED).build());
    }

    @Test
    void hundredThousandMutationsNeverThrow() {
        IisParser parser = new IisParser(List.of("iis"), 4);
        List<String> seeds = new ArrayList<>();
        for (String name : List.of("headerless", "fields")) {
            for (String line : GoldenFiles.readLog(name)) {
                if (!line.isEmpty()) {
                    seeds.add(line);
                }
            }
        }
        ParserFuzzing.Counts counts = ParserFuzzing.of(seeds, MUTATOR, 20210806L).keepsRaw().run((i, line) -> {
            // Several origins, so mutated #Fields lines change layouts the later lines are read with; one line in
            // seven is declared iis, so it cannot be not-mine.
            RawLog.Builder raw = RawLog.builder(line).receivedNanos(IisGoldenTest.RECEIVED).origin("web" + (i % 5), null);
            if (i % 7 == 0) {
                raw.sourceType("iis");
            }
            return parser.parse(raw.build());
        });
        // The format is strict (a column more or less, a letter in a number, is an error): most mutations are errors.
        assertTrue(counts.parsed() > 5_000 && counts.formatErrors() > 20_000, "mutations of IIS lines still parse or are IIS's errors: " + counts);
    }
}
