package io.usiem.parser.windowsdns.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Mutates real-format lines (truncation, byte flips, inserted separators, huge fields): the parser never throws. */
class WindowsDnsParserFuzzTest {
    private static final String ALPHABET = "()[]/: .0123456789abcdefRQDUPMA\t\u0000\uFEFF\uFFFD";

    @Test
    void samplesParse() {
        WindowsDnsParser parser = new WindowsDnsParser(ZoneOffset.UTC, DebugLogTime.Order.AUTO);
        for (String sample : parser.metadata().samples()) {
            assertTrue(parser.parse(RawLog.of(sample)).isParsed(), sample);
        }
    }

    @Test
    void hundredThousandMutationsNeverThrow() {
        WindowsDnsParser parser = new WindowsDnsParser(java.time.ZoneId.of("Europe/Madrid"), DebugLogTime.Order.AUTO);
        List<String> seeds = parser.metadata().samples();
        SplittableRandom random = new SplittableRandom(20261129L);
        int parsed = 0;
        for (int i = 0; i < 100_000; i++) {
            String line = mutate(seeds.get(i % seeds.size()), random);
            ParseResult r = parser.parse(RawLog.builder(line).receivedNanos(WindowsDnsParserGoldenTest.RECEIVED).build());
            assertNotNull(r, line);
            assertNotNull(r.kind(), line);
            if (r.isParsed()) {
                parsed++;
                assertEquals(line, r.events().get(0).raw());
            } else {
                assertNotNull(r.reason(), line);
            }
        }
        assertTrue(parsed > 10_000, "mutations of valid lines still often parse: " + parsed);
    }

    private static String mutate(String seed, SplittableRandom random) {
        StringBuilder sb = new StringBuilder(seed);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && sb.length() > 0; e++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(5)) {
                case 0 -> sb.setLength(at);
                case 1 -> sb.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 2 -> sb.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 3 -> sb.insert(at, "x".repeat(random.nextInt(20_000)));
                default -> sb.deleteCharAt(at);
            }
        }
        return sb.toString();
    }
}
