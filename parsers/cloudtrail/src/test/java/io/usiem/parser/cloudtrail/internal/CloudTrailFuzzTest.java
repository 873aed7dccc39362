package io.usiem.parser.cloudtrail.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Mutates the golden records (truncation, byte flips, inserted separators, huge fields): the parser never throws. */
class CloudTrailFuzzTest {
    private static final String ALPHABET = "{}[]:,\"\\ 0123456789abcenulltrue-.\u0000\uFFFD";

    @Test
    void samplesParse() {
        CloudTrailParser parser = new CloudTrailParser();
        for (String sample : parser.metadata().samples()) {
            assertTrue(parser.parse(RawLog.of(sample)).isParsed(), sample);
        }
    }

    @Test
    void hundredThousandMutationsNeverThrow() throws IOException {
        CloudTrailParser parser = new CloudTrailParser();
        List<String> seeds = new ArrayList<>(parser.metadata().samples());
        for (String name : List.of("otrf", "documented")) {
            seeds.addAll(Files.readAllLines(Path.of("src/test/resources/golden", name + ".log"), StandardCharsets.UTF_8));
        }
        SplittableRandom random = new SplittableRandom(20261129L);
        int parsed = 0;
        for (int i = 0; i < 100_000; i++) {
            String line = mutate(seeds.get(i % seeds.size()), random);
            ParseResult r = parser.parse(RawLog.of(line));
            assertNotNull(r, line);
            assertNotNull(r.kind(), line);
            if (r.isParsed()) {
                parsed++;
                assertTrue(r.events().size() >= 1);
            }
        }
        assertTrue(parsed > 10_000, "mutations of valid records still often parse: " + parsed);
    }

    private static String mutate(String seed, SplittableRandom random) {
        StringBuilder sb = new StringBuilder(seed);
        int edits = 1 + random.nextInt(3);
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
