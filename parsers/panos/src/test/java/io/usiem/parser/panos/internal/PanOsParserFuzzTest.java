package io.usiem.parser.panos.internal;

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
class PanOsParserFuzzTest {
    private static final String ALPHABET = ",,,\"\" :./-T0123456789abcZ{}\\\uFEFF\u0000\uFFFD";

    @Test
    void samplesParse() {
        PanOsParser parser = new PanOsParser(ZoneOffset.UTC);
        for (String sample : parser.metadata().samples()) {
            assertTrue(parser.parse(RawLog.of(sample)).isParsed(), sample);
        }
    }

    @Test
    void hundredThousandMutationsNeverThrow() {
        PanOsParser parser = new PanOsParser(ZoneOffset.UTC);
        List<String> seeds = parser.metadata().samples();
        SplittableRandom random = new SplittableRandom(20261129L);
        int parsed = 0;
        for (int i = 0; i < 100_000; i++) {
            String line = mutate(seeds.get(i % seeds.size()), random);
            ParseResult r = parser.parse(RawLog.builder(line).receivedNanos(PanOsParserGoldenTest.RECEIVED).build());
            assertNotNull(r, line);
            if (r.isParsed()) {
                parsed++;
                assertEquals(line, r.events().get(0).raw());
            }
        }
        assertTrue(parsed > 10_000, "mutations of valid lines still mostly parse: " + parsed);
    }

    private static String mutate(String seed, SplittableRandom random) {
        StringBuilder sb = new StringBuilder(seed);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && sb.length() > 0; e++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(5)) {
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
                default:
                    sb.deleteCharAt(at);
            }
        }
        return sb.toString();
    }
}
