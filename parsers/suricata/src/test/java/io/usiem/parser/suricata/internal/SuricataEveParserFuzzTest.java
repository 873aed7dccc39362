package io.usiem.parser.suricata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Mutates real-format EVE lines (truncation, byte flips, inserted separators, huge fields): the parser never throws. */
class SuricataEveParserFuzzTest {
    private static final String ALPHABET = "{}[]:,\"\\ .-+T0123456789eE:aZnul\uFEFF\u0000\uFFFD\uD800";

    @Test
    void samplesParse() {
        SuricataEveParser parser = new SuricataEveParser();
        assertTrue(parser.metadata().samples().size() >= 8);
        for (String sample : parser.metadata().samples()) {
            assertTrue(parser.parse(RawLog.of(sample)).isParsed(), sample);
        }
    }

    @Test
    void hundredThousandMutationsNeverThrow() {
        SuricataEveParser parser = new SuricataEveParser();
        List<String> seeds = parser.metadata().samples();
        SplittableRandom random = new SplittableRandom(20261129L);
        int parsed = 0;
        for (int i = 0; i < 100_000; i++) {
            String line = mutate(seeds.get(i % seeds.size()), random);
            RawLog raw = RawLog.builder(line).receivedNanos(SuricataEveParserGoldenTest.RECEIVED)
                    .sourceType(i % 3 == 0 ? "suricata.eve" : null).build();
            ParseResult r = parser.parse(raw);
            assertNotNull(r, line);
            if (r.isParsed()) {
                parsed++;
                assertEquals(line, r.events().get(0).raw());
                r.events().get(0).toString(); // the event renders
            } else if (r.kind() == ParseResult.Kind.FORMAT_ERROR) {
                // The parser's last-resort catch turns a bug into a format error: none may show up.
                assertFalse(r.reason().startsWith("unreadable EVE record") || r.reason().startsWith("EVE record not mappable"),
                        r.reason() + " <- " + line);
            }
        }
        assertTrue(parsed > 10_000, "mutations of valid lines still mostly parse: " + parsed);
    }

    private static String mutate(String seed, SplittableRandom random) {
        StringBuilder sb = new StringBuilder(seed);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && sb.length() > 0; e++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(6)) {
                case 0:
                    sb.setLength(at);
                    break;
                case 1:
                    sb.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    break;
                case 2:
                    sb.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    break;
                case 3:
                    sb.insert(at, "x".repeat(random.nextInt(20_000)));
                    break;
                case 4:
                    sb.insert(at, "{\"k" + random.nextInt(1000) + "\":[1,2.5,\"s\",{\"a\":null}]},");
                    break;
                default:
                    sb.deleteCharAt(at);
            }
        }
        return sb.toString();
    }
}
