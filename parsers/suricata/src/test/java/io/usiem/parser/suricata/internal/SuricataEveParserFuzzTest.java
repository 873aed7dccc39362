package io.usiem.parser.suricata.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;
import io.usiem.api.parser.testing.LineMutator;
import io.usiem.api.parser.testing.ParserFuzzing;
import io.usiem.api.parser.testing.ParserSamples;

import org.junit.jupiter.api.Test;

/** Mutates real-format EVE lines (truncation, byte flips, inserted separators, huge fields): the parser never throws. */
class SuricataEveParserFuzzTest {
    private static final LineMutator MUTATOR = LineMutator.of("{}[]:,\"\\ .-+T0123456789eE:aZnul\uFEFF\u0000\uFFFD\uD800")
            .alsoInserting(random -> "{\"k" + random.nextInt(1000) + "\":[1,2.5,\"s\",{\"a\":null}]},");

    @Test
    void samplesParse() {
        SuricataEveParser parser = new SuricataEveParser();
        assertTrue(parser.metadata().samples().size() >= 8);
        ParserSamples.assertFillTheirCategory(parser, RawLog::of);
    }

    @Test
    void hundredThousandMutationsNeverThrow() {
        SuricataEveParser parser = new SuricataEveParser();
        ParserFuzzing.Counts counts = ParserFuzzing.of(parser.metadata().samples(), MUTATOR, 20261129L)
                .rawLogs((i, line) -> RawLog.builder(line).receivedNanos(SuricataEveParserGoldenTest.RECEIVED)
                        .sourceType(i % 3 == 0 ? "suricata.eve" : null).build())
                .keepsRaw()
                .check((line, r) -> {
                    if (r.isParsed()) {
                        r.events().get(0).toString(); // the event renders
                    } else if (r.kind() == ParseResult.Kind.FORMAT_ERROR) {
                        // The parser's last-resort catch turns a bug into a format error: none may show up.
                        assertFalse(r.reason().startsWith("unreadable EVE record") || r.reason().startsWith("EVE record not mappable"),
                                r.reason() + " <- " + line);
                    }
                })
                .run(parser);
        assertTrue(counts.parsed() > 10_000, "mutations of valid lines still mostly parse: " + counts);
    }
}
