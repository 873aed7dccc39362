package io.usiem.parser.cloudtrail.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.usiem.api.codec.EventJsonReader;
import io.usiem.api.event.Event;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CloudTrailGoldenTest {
    static final long RECEIVED = Instant.parse("2024-03-02T00:00:00Z").getEpochSecond() * 1_000_000_000L;

    static String render(CloudTrailParser parser, String line) {
        ParseResult r = parser.parse(RawLog.builder(line).receivedNanos(RECEIVED).build());
        switch (r.kind()) {
            case PARSED: {
                List<String> out = new ArrayList<>();
                for (Event e : r.events()) {
                    String json = e.toString();
                    assertEquals(e, EventJsonReader.read(json), json);
                    out.add(json);
                }
                return String.join("\t", out);
            }
            case NOT_MINE:
                return "NOT_MINE";
            default:
                return r.kind() + ": " + r.reason();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"otrf", "documented", "malformed"})
    void matchesGoldenFile(String name) throws IOException {
        Path dir = Path.of("src/test/resources/golden");
        List<String> lines = Files.readAllLines(dir.resolve(name + ".log"), StandardCharsets.UTF_8);
        CloudTrailParser parser = new CloudTrailParser();
        List<String> actual = new ArrayList<>();
        for (String line : lines) {
            actual.add(render(parser, line));
        }
        Path expectedFile = dir.resolve(name + ".expected");
        if (Boolean.getBoolean("usiem.golden.update")) {
            Files.write(expectedFile, actual, StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "line " + (i + 1) + ": " + lines.get(i));
        }
        assertEquals(expected.size(), actual.size());
    }
}
