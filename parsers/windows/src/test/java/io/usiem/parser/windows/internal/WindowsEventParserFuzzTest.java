package io.usiem.parser.windows.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Mutates real records (truncation, byte flips, inserted JSON punctuation, huge fields): the parser never throws. */
class WindowsEventParserFuzzTest {
    private static final String ALPHABET = "{}[]:,\"\\ 0123456789-.xTZabcEventID#@\u0000\uFEFF\uFFFD\u00e9";

    @Test
    void samplesParse() {
        WindowsEventParser parser = new WindowsEventParser(ZoneOffset.UTC, true);
        for (String sample : parser.metadata().samples()) {
            assertTrue(parser.parse(RawLog.of(sample)).isParsed(), sample);
        }
    }

    @Test
    void hundredThousandMutationsNeverThrow() {
        WindowsEventParser parser = new WindowsEventParser(ZoneOffset.UTC, true);
        List<String> seeds = parser.metadata().samples();
        SplittableRandom random = new SplittableRandom(20261129L);
        int parsed = 0;
        int kinds = 0;
        for (int i = 0; i < 100_000; i++) {
            String line = mutate(seeds.get(i % seeds.size()), random);
            ParseResult r = parser.parse(RawLog.builder(line).receivedNanos(WindowsEventParserGoldenTest.RECEIVED).build());
            assertNotNull(r, line);
            assertNotNull(r.kind(), line);
            kinds++;
            if (r.isParsed()) {
                parsed++;
                assertEquals(line, r.events().get(0).raw());
                if (parsed % 50 == 0) { // hostile names and values still make JSON that reads back
                    String json = r.events().get(0).toString();
                    assertEquals(r.events().get(0), io.usiem.api.codec.EventJsonReader.read(json), json);
                }
            } else {
                assertNotNull(r.reason(), line);
            }
        }
        assertEquals(100_000, kinds);
        assertTrue(parsed > 10_000, "mutations of valid records still often parse: " + parsed);
    }

    private static String mutate(String seed, SplittableRandom random) {
        StringBuilder sb = new StringBuilder(seed);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && sb.length() > 0; e++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(6)) {
                case 0 -> sb.setLength(at);
                case 1 -> sb.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 2 -> sb.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 3 -> sb.insert(at, "x".repeat(random.nextInt(20_000)));
                case 4 -> sb.insert(at, random.nextBoolean() ? "{\"a\":[" : "\"EventID\":\"4688\",");
                default -> sb.deleteCharAt(at);
            }
        }
        return sb.toString();
    }
}
