package io.usiem.parser.windows.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.codec.EventJsonReader;
import io.usiem.api.event.Event;
import io.usiem.api.parser.RawLog;
import io.usiem.api.parser.testing.LineMutator;
import io.usiem.api.parser.testing.ParserFuzzing;
import io.usiem.api.parser.testing.ParserSamples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Mutates real records, JSON and event XML (truncation, byte flips, inserted JSON and XML punctuation, markup and
 * DTDs, huge fields): the parser never throws.
 */
class WindowsEventParserFuzzTest {
    /** JSON and XML fragments: a half-open array, an extra id, markup, references, a CDATA and a DTD opened. */
    private static final String[] FRAGMENTS = {"{\"a\":[", "\"EventID\":\"4688\",", "<Data Name=\"x\">", "</EventData>", "&lt;",
        "&#x", "<![CDATA[", "<!DOCTYPE Event [<!ENTITY a \"b\">]>", "<Event>"};
    private static final LineMutator MUTATOR = LineMutator.of("{}[]:,\"\\ 0123456789-.xTZabcEventID#@\u0000\uFEFF\uFFFD\u00e9<>/&;='")
            .alsoInserting(random -> FRAGMENTS[random.nextInt(FRAGMENTS.length)]);

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

    /** The event XML golden lines (Windows, Sysmon for Linux, Log Analytics rows, cut and hostile ones) as seeds. */
    @Test
    void hundredThousandXmlMutationsNeverThrow() throws IOException {
        List<String> seeds = new ArrayList<>();
        for (String name : new String[] {"xml", "otrf_sysmon_linux"}) {
            try (InputStream in = getClass().getResourceAsStream("/golden/" + name + ".log")) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.isBlank()).forEach(seeds::add);
            }
        }
        WindowsEventParser parser = new WindowsEventParser(ZoneOffset.UTC, true);
        ParserFuzzing.Counts counts = ParserFuzzing.of(seeds, MUTATOR, 20261130L)
                .receivedNanos(WindowsEventParserGoldenTest.RECEIVED).keepsRaw()
                .run(parser);
        assertEquals(100_000, counts.total());
        assertTrue(counts.parsed() > 10_000, "mutations of valid event XML still often parse: " + counts);
    }
}
