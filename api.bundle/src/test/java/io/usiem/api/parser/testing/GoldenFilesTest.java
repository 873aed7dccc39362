package io.usiem.api.parser.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Event;
import io.usiem.api.event.Fields;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class GoldenFilesTest {
    private static final long RECEIVED = 1_700_000_000_000_000_000L;
    private static final List<String> LINES = List.of("a=1", "# comment", "", "b=2");

    @TempDir
    Path dir;

    private GoldenFiles golden() throws IOException {
        Files.write(dir.resolve("stub.log"), LINES, StandardCharsets.UTF_8);
        return GoldenFiles.receivedAt(RECEIVED).in(dir);
    }

    private static String json(String line) {
        return RawLog.builder(line).receivedNanos(RECEIVED).build().newEventBuilder().set(Fields.MESSAGE, line).build().toString();
    }

    private List<String> expected() {
        return new ArrayList<>(List.of(json("a=1"), "NOT_MINE", "FORMAT_ERROR: empty line", json("b=2")));
    }

    private void writeExpected(List<String> lines) throws IOException {
        Files.write(dir.resolve("stub.expected"), lines, StandardCharsets.UTF_8);
    }

    @Test
    void matchingFilesPass() throws IOException {
        GoldenFiles golden = golden();
        writeExpected(expected());
        golden.check("stub", new StubParser("\u0000never"));
    }

    @Test
    void oneChangedExpectedLineFailsNamingIt() throws IOException {
        GoldenFiles golden = golden();
        List<String> expected = expected();
        expected.set(2, "FORMAT_ERROR: something else");
        writeExpected(expected);
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> golden.check("stub", new StubParser("\u0000never")));
        assertTrue(e.getMessage().startsWith("stub line 3: "), e.getMessage());
        assertEquals("FORMAT_ERROR: something else", e.getExpected().getValue());
        assertEquals("FORMAT_ERROR: empty line", e.getActual().getValue());
    }

    @Test
    void aMissingOrExtraExpectedLineFails() throws IOException {
        GoldenFiles golden = golden();
        List<String> expected = expected();
        expected.remove(3);
        writeExpected(expected);
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> golden.check("stub", new StubParser("\u0000never")));
        assertTrue(e.getMessage().startsWith("stub.expected has 3 lines for 4 input lines"), e.getMessage());
    }

    @Test
    void theUpdatePropertyRewritesTheExpectedFile() throws IOException {
        GoldenFiles golden = golden();
        writeExpected(List.of("stale"));
        System.setProperty(GoldenFiles.UPDATE_PROPERTY, "true");
        try {
            golden.check("stub", new StubParser("\u0000never"));
        } finally {
            System.clearProperty(GoldenFiles.UPDATE_PROPERTY);
        }
        assertEquals(expected(), Files.readAllLines(dir.resolve("stub.expected"), StandardCharsets.UTF_8));
    }

    @Test
    void severalEventsNeedASeparator() throws IOException {
        GoldenFiles golden = golden();
        Event a = RawLog.of("x").newEventBuilder(0).build();
        Event b = RawLog.of("x").newEventBuilder(1).build();
        ParseResult two = ParseResult.parsed(List.of(a, b));
        assertThrows(AssertionFailedError.class, () -> golden.render(two, "stub line 1"));
        assertEquals(a + " ||| " + b, golden.joiningEvents(" ||| ").render(two, "stub line 1"));
    }

    @Test
    void theSourceTypeReachesTheRawLog() throws IOException {
        assertEquals("zeek.conn", golden().withSourceType("zeek.conn").rawLog("x").sourceType());
        assertEquals(RECEIVED, golden().rawLog("x").receivedNanos());
    }
}
