package io.usiem.parser.zeek.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/**
 * Mutates real-format Zeek lines, JSON and TSV with their header lines (truncation, byte flips, inserted
 * separators, huge fields): the parser never throws, and header lines keep changing the origin's state.
 */
class ZeekParserFuzzTest {
    private static final String ALPHABET = "{}[]:,\"\\ \t.-#T0123456789eE(empty)xaZ\uFEFF\u0000\uFFFD\uD800";

    @Test
    void samplesParse() {
        ZeekParser parser = new ZeekParser();
        assertTrue(parser.metadata().samples().size() >= 8);
        for (String sample : parser.metadata().samples()) {
            assertTrue(parser.parse(RawLog.of(sample)).isParsed(), sample);
        }
    }

    @Test
    void hundredThousandMutationsNeverThrow() throws IOException {
        ZeekParser parser = new ZeekParser(); // one parser: mutated header lines change the state data lines read
        List<String> seeds = new ArrayList<>(parser.metadata().samples());
        seeds.addAll(Files.readAllLines(Path.of("src/test/resources/golden/tsv.log"), StandardCharsets.UTF_8));
        SplittableRandom random = new SplittableRandom(20261129L);
        int parsed = 0;
        String[] types = {null, "zeek", "zeek.conn", "zeek.dns"};
        for (int i = 0; i < 100_000; i++) {
            String seed = seeds.get(i % seeds.size());
            String line = random.nextInt(4) == 0 ? seed : mutate(seed, random);
            RawLog raw = RawLog.builder(line).receivedNanos(ZeekParserGoldenTest.RECEIVED).sourceType(types[i % types.length]).build();
            ParseResult r = parser.parse(raw);
            assertNotNull(r, line);
            if (r.isParsed()) {
                parsed++;
                assertEquals(line, r.events().get(0).raw());
                r.events().get(0).toString();
            } else if (r.kind() == ParseResult.Kind.FORMAT_ERROR) {
                // The parser's last-resort catch turns a bug into a format error: none may show up.
                assertFalse(r.reason().startsWith("Zeek record not mappable"), r.reason() + " <- " + line);
            } else if (r.kind() == ParseResult.Kind.DISCARD) {
                parsed++; // a header line taken
            }
        }
        assertTrue(parsed > 10_000, "mutations of valid lines still mostly parse or set headers: " + parsed);
    }

    private static String mutate(String seed, SplittableRandom random) {
        StringBuilder sb = new StringBuilder(seed);
        int edits = 1 + random.nextInt(3);
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
                    sb.insert(at, random.nextBoolean() ? "\t-\t(empty)\t" : "\\x09\\xzz\\x");
                    break;
                default:
                    sb.deleteCharAt(at);
            }
        }
        return sb.toString();
    }
}
