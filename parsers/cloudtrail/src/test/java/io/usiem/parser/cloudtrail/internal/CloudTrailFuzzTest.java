package io.usiem.parser.cloudtrail.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.parser.RawLog;
import io.usiem.api.parser.testing.GoldenFiles;
import io.usiem.api.parser.testing.LineMutator;
import io.usiem.api.parser.testing.ParserFuzzing;
import io.usiem.api.parser.testing.ParserSamples;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Mutates the golden records (truncation, byte flips, inserted separators, huge fields): the parser never throws. */
class CloudTrailFuzzTest {
    private static final LineMutator MUTATOR = LineMutator.of("{}[]:,\"\\ 0123456789abcenulltrue-.\u0000\uFFFD").maxEdits(3);

    @Test
    void samplesParse() {
        ParserSamples.assertFillTheirCategory(new CloudTrailParser(), RawLog::of);
    }

    @Test
    void hundredThousandMutationsNeverThrow() {
        CloudTrailParser parser = new CloudTrailParser();
        List<String> seeds = new ArrayList<>(parser.metadata().samples());
        for (String name : List.of("otrf", "documented")) {
            seeds.addAll(GoldenFiles.readLog(name));
        }
        // No raw check: a records file line makes one event per record, each with its record as raw.
        ParserFuzzing.Counts counts = ParserFuzzing.of(seeds, MUTATOR, 20261129L).run(parser);
        assertTrue(counts.parsed() > 10_000, "mutations of valid records still often parse: " + counts);
    }
}
