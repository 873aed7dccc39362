package io.usiem.parser.auditd.internal;

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
class AuditdFuzzTest {
    private static final LineMutator MUTATOR = LineMutator.of("=\"' :().,-0123456789abcdefABCDEF\u001d\\\uFEFF\u0000\uFFFD");

    @Test
    void samplesParse() {
        ParserSamples.assertFillTheirCategory(new AuditdParser(ZoneOffset.UTC),
                sample -> RawLog.builder(sample).receivedNanos(AuditdGoldenTest.RECEIVED).build());
    }

    @Test
    void hundredThousandMutationsNeverThrow() {
        AuditdParser parser = new AuditdParser(ZoneOffset.UTC);
        List<String> seeds = new ArrayList<>(parser.metadata().samples());
        for (String name : List.of("generated-raw", "otrf", "documented")) {
            seeds.addAll(GoldenFiles.readLog(name));
        }
        ParserFuzzing.Counts counts = ParserFuzzing.of(seeds, MUTATOR, 20261129L)
                .receivedNanos(AuditdGoldenTest.RECEIVED).keepsRaw().run(parser);
        assertTrue(counts.parsed() > 10_000, "mutations of valid lines still mostly parse: " + counts);
    }
}
