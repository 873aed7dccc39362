package io.usiem.parser.webserver.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.parser.RawLog;
import io.usiem.api.parser.testing.GoldenFiles;
import io.usiem.api.parser.testing.LineMutator;
import io.usiem.api.parser.testing.ParserFuzzing;
import io.usiem.api.parser.testing.ParserSamples;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Mutates the golden lines (truncation, byte flips, inserted separators, huge fields): the parsers never throw. */
class WebServerFuzzTest {
    private static final LineMutator MUTATOR = LineMutator.of("\"\"[]:/ -.,#*\\?&=0123456789abcdefxHTP\u0000\uFFFD\uFEFF\t")
            .hugeRunOf('9').alsoInserting(LineMutator.runOf("\"", " "));

    @Test
    void samplesParse() {
        for (WebServerParser parser : List.of(Parsers.apache(ZoneId.of("UTC")), Parsers.nginx(ZoneId.of("UTC")))) {
            ParserSamples.assertFillTheirCategory(parser, RawLog::of);
        }
    }

    @Test
    void hundredThousandMutationsNeverThrow() {
        // A zone with rules, so the cached-hour path of the clock is fuzzed too.
        WebServerParser apache = Parsers.apache(ZoneId.of("Europe/Madrid"));
        WebServerParser nginx = Parsers.nginx(ZoneId.of("Europe/Madrid"));
        List<String> seeds = new ArrayList<>();
        for (String name : List.of("apache", "nginx")) {
            for (String line : GoldenFiles.readLog(name)) {
                if (!line.isEmpty()) {
                    seeds.add(line);
                }
            }
        }
        ParserFuzzing.Counts counts = ParserFuzzing.of(seeds, MUTATOR, 20261129L).keepsRaw().run((i, line) -> {
            // Both parsers see every seed's mutations; one line in seven is declared, so it cannot be not-mine.
            RawLog.Builder raw = RawLog.builder(line).receivedNanos(WebServerGoldenTest.RECEIVED);
            if (i % 7 == 0) {
                raw.sourceType((i & 1) == 0 ? "apache" : "nginx");
            }
            return ((i & 1) == 0 ? apache : nginx).parse(raw.build());
        });
        assertTrue(counts.parsed() > 10_000, "mutations of valid lines still mostly parse: " + counts);
    }
}
