package io.usiem.parser.zeek.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;
import io.usiem.api.parser.testing.GoldenFiles;
import io.usiem.api.parser.testing.LineMutator;
import io.usiem.api.parser.testing.ParserFuzzing;
import io.usiem.api.parser.testing.ParserSamples;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Mutates real-format Zeek lines, JSON and TSV with their header lines (truncation, byte flips, inserted
 * separators, huge fields): the parser never throws, and header lines keep changing the origin's state.
 */
class ZeekParserFuzzTest {
    private static final LineMutator MUTATOR = LineMutator.of("{}[]:,\"\\ \t.-#T0123456789eE(empty)xaZ\uFEFF\u0000\uFFFD\uD800")
            .maxEdits(3).alsoInserting(LineMutator.oneOf("\t-\t(empty)\t", "\\x09\\xzz\\x"));
    private static final String[] TYPES = {null, "zeek", "zeek.conn", "zeek.dns"};

    @Test
    void samplesParse() {
        ZeekParser parser = new ZeekParser();
        assertTrue(parser.metadata().samples().size() >= 8);
        ParserSamples.assertFillTheirCategory(parser, RawLog::of);
    }

    @Test
    void hundredThousandMutationsNeverThrow() {
        ZeekParser parser = new ZeekParser(); // one parser: mutated header lines change the state data lines read
        List<String> seeds = new ArrayList<>(parser.metadata().samples());
        seeds.addAll(GoldenFiles.readLog("tsv"));
        ParserFuzzing.Counts counts = ParserFuzzing.of(seeds, MUTATOR, 20261129L).unmutatedOneIn(4)
                .rawLogs((i, line) -> RawLog.builder(line).receivedNanos(ZeekParserGoldenTest.RECEIVED).sourceType(TYPES[i % TYPES.length]).build())
                .keepsRaw()
                .check((line, r) -> {
                    if (r.isParsed()) {
                        r.events().get(0).toString();
                    } else if (r.kind() == ParseResult.Kind.FORMAT_ERROR) {
                        // The parser's last-resort catch turns a bug into a format error: none may show up.
                        assertFalse(r.reason().startsWith("Zeek record not mappable"), r.reason() + " <- " + line);
                    }
                })
                .run(parser);
        int taken = counts.parsed() + counts.discarded(); // a discard is a header line taken
        assertTrue(taken > 10_000, "mutations of valid lines still mostly parse or set headers: " + counts);
    }
}
