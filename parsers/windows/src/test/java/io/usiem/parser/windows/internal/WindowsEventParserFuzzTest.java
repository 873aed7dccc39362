package io.usiem.parser.windows.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.codec.EventJsonReader;
import io.usiem.api.event.Event;
import io.usiem.api.parser.RawLog;
import io.usiem.api.parser.testing.LineMutator;
import io.usiem.api.parser.testing.ParserFuzzing;
import io.usiem.api.parser.testing.ParserSamples;

import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Mutates real records (truncation, byte flips, inserted JSON punctuation, huge fields): the parser never throws. */
class WindowsEventParserFuzzTest {
    private static final LineMutator MUTATOR = LineMutator.of("{}[]:,\"\\ 0123456789-.xTZabcEventID#@\u0000\uFEFF\uFFFD\u00e9")
            .alsoInserting(LineMutator.oneOf("{\"a\":[", "\"EventID\":\"4688\","));

    @Test
    void samplesParse() {
        ParserSamples.assertFillTheirCategory(new WindowsEventParser(ZoneOffset.UTC, true), RawLog::of);
    }

    @Test
    void hundredThousandMutationsNeverThrow() {
        WindowsEventParser parser = new WindowsEventParser(ZoneOffset.UTC, true);
        int[] parsed = {0};
        ParserFuzzing.Counts counts = ParserFuzzing.of(parser.metadata().samples(), MUTATOR, 20261129L)
                .receivedNanos(WindowsEventParserGoldenTest.RECEIVED).keepsRaw()
                .check((line, r) -> {
                    if (r.isParsed() && ++parsed[0] % 50 == 0) { // hostile names and values still make JSON that reads back
                        Event event = r.events().get(0);
                        String json = event.toString();
                        assertEquals(event, EventJsonReader.read(json), json);
                    }
                })
                .run(parser);
        assertEquals(100_000, counts.total());
        assertTrue(counts.parsed() > 10_000, "mutations of valid records still often parse: " + counts);
    }
}
