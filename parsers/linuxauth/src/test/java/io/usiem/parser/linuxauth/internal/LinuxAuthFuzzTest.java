package io.usiem.parser.linuxauth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Mutates the golden lines (truncation, byte flips, inserted separators, huge fields): the parser never throws. */
class LinuxAuthFuzzTest {
    private static final String ALPHABET = "<>[]()=\"' :;.,-T0123456789abcZ\\\uFEFF\u0000\uFFFD";

    @Test
    void samplesParse() {
        LinuxAuthParser parser = new LinuxAuthParser(ZoneOffset.UTC);
        for (String sample : parser.metadata().samples()) {
            assertTrue(parser.parse(RawLog.builder(sample).receivedNanos(LinuxAuthGoldenTest.RECEIVED).build()).isParsed(), sample);
        }
    }

    @Test
    void hundredThousandMutationsNeverThrow() throws IOException {
        LinuxAuthParser parser = new LinuxAuthParser(ZoneOffset.UTC);
        List<String> seeds = new ArrayList<>(parser.metadata().samples());
        for (String name : List.of("generated-iso", "documented")) {
            seeds.addAll(Files.readAllLines(Path.of("src/test/resources/golden", name + ".log"), StandardCharsets.UTF_8));
        }
        SplittableRandom random = new SplittableRandom(20261129L);
        int parsed = 0;
        for (int i = 0; i < 100_000; i++) {
            String line = mutate(seeds.get(i % seeds.size()), random);
            ParseResult r = parser.parse(RawLog.builder(line).receivedNanos(LinuxAuthGoldenTest.RECEIVED).build());
            assertNotNull(r, line);
            assertNotNull(r.kind(), line);
            if (r.isParsed()) {
                parsed++;
                assertEquals(line, r.events().get(0).raw());
            }
        }
        assertTrue(parsed > 10_000, "mutations of valid lines still mostly parse: " + parsed);
    }

    static String mutate(String seed, SplittableRandom random) {
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
