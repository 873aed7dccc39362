package io.usiem.parser.windowsdns.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.usiem.api.codec.EventJsonReader;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class WindowsDnsParserGoldenTest {
    /** Received time of every golden line, so event.ingested is fixed. */
    static final long RECEIVED = Instant.parse("2024-03-01T12:00:00Z").getEpochSecond() * 1_000_000_000L;

    static String render(WindowsDnsParser parser, String line) {
        ParseResult r = parser.parse(RawLog.builder(line).receivedNanos(RECEIVED).build());
        switch (r.kind()) {
            case PARSED: {
                String json = r.events().get(0).toString();
                assertEquals(r.events().get(0), EventJsonReader.read(json), json);
                return json;
            }
            case NOT_MINE:
                return "NOT_MINE";
            default:
                return r.kind() + ": " + r.reason();
        }
    }

    @Test
    void matchesGoldenFile() throws IOException {
        Path dir = Path.of("src/test/resources/golden");
        List<String> lines = Files.readAllLines(dir.resolve("dns.log"), StandardCharsets.UTF_8);
        WindowsDnsParser parser = new WindowsDnsParser(ZoneOffset.UTC, DebugLogTime.Order.AUTO);
        List<String> actual = new ArrayList<>();
        for (String line : lines) {
            actual.add(render(parser, line));
        }
        Path expectedFile = dir.resolve("dns.expected");
        if (Boolean.getBoolean("usiem.golden.update")) {
            Files.write(expectedFile, actual, StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "line " + (i + 1) + ": " + lines.get(i));
        }
        assertEquals(expected.size(), actual.size());
    }

    @Test
    void declaredSourceTypeDiscardsHeaderAndDetailLines() {
        WindowsDnsParser parser = new WindowsDnsParser(ZoneOffset.UTC, DebugLogTime.Order.AUTO);
        RawLog detail = RawLog.builder("\t   1     Date").sourceType("windows-dns").build();
        assertEquals(ParseResult.Kind.DISCARD, parser.parse(detail).kind());
        RawLog guessed = RawLog.of("\t   1     Date");
        assertEquals(ParseResult.Kind.NOT_MINE, parser.parse(guessed).kind());
    }

    @Test
    void dateOrderIsConfigurable() {
        String line = "5/6/2013 10:00:32 0E70 PACKET  00000000033397A0 UDP Rcv 10.161.60.71    5b47   Q [0001   D   NOERROR] A      (3)www(0)";
        long dmy = new WindowsDnsParser(ZoneOffset.UTC, DebugLogTime.Order.DMY).parse(RawLog.of(line)).events().get(0).eventNanos();
        long mdy = new WindowsDnsParser(ZoneOffset.UTC, DebugLogTime.Order.MDY).parse(RawLog.of(line)).events().get(0).eventNanos();
        assertEquals(Instant.parse("2013-06-05T10:00:32Z"), Instant.ofEpochSecond(dmy / 1_000_000_000L));
        assertEquals(Instant.parse("2013-05-06T10:00:32Z"), Instant.ofEpochSecond(mdy / 1_000_000_000L));
    }
}
