package io.usiem.api.parser.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Event;
import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.ParserMetadata;
import io.usiem.api.parser.RawLog;

import java.util.List;
import java.util.function.Function;

/**
 * Checks of the sample lines a parser publishes in its metadata (they seed the fuzz runs, the
 * benchmarks and the documentation, so they must stay good lines of the format).
 */
public final class ParserSamples {
    private ParserSamples() {
    }

    /**
     * @param parser the parser
     * @param rawLogs how a sample becomes a raw log ({@code RawLog::of}, or with a received time)
     */
    public static void assertAllParse(LogParser parser, Function<String, RawLog> rawLogs) {
        for (String sample : samples(parser.metadata())) {
            assertTrue(parser.parse(rawLogs.apply(sample)).isParsed(), sample);
        }
    }

    /**
     * Asserts that every sample parses into events that fill what their category requires, with a
     * category and a Sigma logsource the metadata declares (so rules can be routed before any event).
     *
     * @param parser the parser
     * @param rawLogs how a sample becomes a raw log
     */
    public static void assertFillTheirCategory(LogParser parser, Function<String, RawLog> rawLogs) {
        ParserMetadata metadata = parser.metadata();
        for (String sample : samples(metadata)) {
            ParseResult r = parser.parse(rawLogs.apply(sample));
            assertTrue(r.isParsed(), r + ": " + sample);
            for (Event e : r.events()) {
                assertNull(e.category().firstMissingField(e), e.category() + " lacks a field: " + e);
                assertTrue(e.logSource() != null && metadata.logSources().contains(e.logSource()),
                        "logsource " + e.logSource() + " is declared in the metadata: " + sample);
                assertTrue(metadata.categories().contains(e.category()), e.category() + " is declared");
            }
        }
    }

    private static List<String> samples(ParserMetadata metadata) {
        assertFalse(metadata.samples().isEmpty(), metadata.name() + " publishes no samples");
        return metadata.samples();
    }
}
