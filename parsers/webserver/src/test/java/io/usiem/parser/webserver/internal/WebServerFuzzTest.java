package io.usiem.parser.webserver.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Mutates the golden lines (truncation, byte flips, inserted separators, huge fields): the parsers never throw. */
class WebServerFuzzTest {
    private static final String ALPHABET = "\"\"[]:/ -.,#*\\?&=0123456789abcdefxHTP\u0000\uFFFD\uFEFF\t";

    @Test
    void samplesParse() {
        for (WebServerParser parser : List.of(Parsers.apache(ZoneId.of("UTC")), Parsers.nginx(ZoneId.of("UTC")))) {
            for (String sample : parser.metadata().samples()) {
                assertTrue(parser.parse(RawLog.of(sample)).isParsed(), sample);
            }
        }
    }

    @Test
    void hundredThousandMutationsNeverThrow() throws IOException {
        // A zone with rules, so the cached-hour path of the clock is fuzzed too.
        WebServerParser apache = Parsers.apache(ZoneId.of("Europe/Madrid"));
        WebServerParser nginx = Parsers.nginx(ZoneId.of("Europe/Madrid"));
        List<String> seeds = new ArrayList<>();
        for (String name : List.of("apache", "nginx")) {
            for (String line : Files.readAllLines(Path.of("src/test/resources/golden/" + name + ".log"), StandardCharsets.UTF_8)) {
                if (!line.isEmpty()) {
                    seeds.add(line);
                }
            }
        }
        SplittableRandom random = new SplittableRandom(20261129L);
        int parsed = 0;
        for (int i = 0; i < 100_000; i++) {
            String line = mutate(seeds.get(i % seeds.size()), random);
            WebServerParser parser = (i & 1) == 0 ? apache : nginx;
            RawLog.Builder raw = RawLog.builder(line).receivedNanos(WebServerGoldenTest.RECEIVED);
            if (i % 7 == 0) {
                raw.sourceType((i & 1) == 0 ? "apache" : "nginx");
            }
            ParseResult r = parser.parse(raw.build());
            assertNotNull(r, line);
            assertNotNull(r.kind(), line);
            if (r.isParsed()) {
                parsed++;
                assertEquals(line, r.events().get(0).raw());
            } else {
                assertNotNull(r.reason(), line);
            }
        }
        assertTrue(parsed > 10_000, "mutations of valid lines still mostly parse: " + parsed);
    }

    static String mutate(String seed, SplittableRandom random) {
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
                    sb.insert(at, "9".repeat(random.nextInt(20_000)));
                    break;
                case 4:
                    sb.insert(at, (random.nextBoolean() ? "\"" : " ").repeat(1 + random.nextInt(100)));
                    break;
                default:
                    sb.deleteCharAt(at);
            }
        }
        return sb.toString();
    }
}
