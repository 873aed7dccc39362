package io.usiem.parser.squid.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Every line of the real Squid 5.7 fixtures and of the shared corpus (u-siem's squid tests, MIT) parses. */
class SquidCorpusTest {
    private static final Path CORPUS = Path.of("../../../shared/corpus/samples/usiem");

    private static int allParse(Path file) throws IOException {
        SquidParser parser = new SquidParser(ZoneOffset.UTC);
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            n++;
            ParseResult r = parser.parse(RawLog.of(line));
            assertTrue(r.isParsed(), file + ": " + r.kind() + " " + r.reason() + ": " + line);
            assertEquals(line, r.events().get(0).raw());
        }
        return n;
    }

    @Test
    void generatedFixturesParse() throws IOException {
        assertEquals(15, allParse(Path.of("src/test/resources/fixtures/squid-access.log")));
        assertEquals(15, allParse(Path.of("src/test/resources/fixtures/squid-access-combined.log")));
    }

    @Test
    void corpusParses() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "shared corpus not present at " + CORPUS.toAbsolutePath() + ": skipped");
        assertEquals(2, allParse(CORPUS.resolve("squid-access-from-tests.log")));
        assertEquals(12, allParse(CORPUS.resolve("squidguard-logs.log")));
    }
}
