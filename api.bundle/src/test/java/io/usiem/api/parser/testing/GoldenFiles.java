package io.usiem.api.parser.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.usiem.api.codec.EventJsonReader;
import io.usiem.api.event.Event;
import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A parser's golden files: {@code <dir>/<name>.log} holds input lines, {@code <name>.expected} one
 * rendered result per line (see {@link #render}). {@link #check} renders every line, compares with
 * the expected file and names the first differing line with its input; with
 * {@code -Dusiem.golden.update=true} it first rewrites the expected file from what the parser does
 * now, which you then review line by line.
 *
 * <pre>{@code
 * GoldenFiles.receivedAt(RECEIVED).check("asa", new CiscoAsaParser(ZoneOffset.UTC));
 * }</pre>
 *
 * Immutable: {@code in}, {@code withSourceType} and {@code joiningEvents} return a copy.
 *
 * @param dir where the files are
 * @param receivedNanos the received time of every line
 * @param sourceType the source type an input declared for the lines, or null
 * @param eventSeparator what joins several events of a line, or null when each line makes one event
 */
public record GoldenFiles(Path dir, long receivedNanos, String sourceType, String eventSeparator) {
    /** The system property that rewrites expected files instead of trusting them. */
    public static final String UPDATE_PROPERTY = "usiem.golden.update";
    /** Where a module's golden files are, relative to the module (Maven's working directory). */
    public static final Path DEFAULT_DIR = Path.of("src/test/resources/golden");

    /**
     * @param receivedNanos the received time of every line, so year inference and event.ingested are fixed
     * @return golden files in {@link #DEFAULT_DIR}, no source type, one event per line
     */
    public static GoldenFiles receivedAt(long receivedNanos) {
        return new GoldenFiles(DEFAULT_DIR, receivedNanos, null, null);
    }

    /** @param directory where the files are @return a copy reading there */
    public GoldenFiles in(Path directory) {
        return new GoldenFiles(directory, receivedNanos, sourceType, eventSeparator);
    }

    /** @param type the source type an input declared for the lines, or null for none @return a copy */
    public GoldenFiles withSourceType(String type) {
        return new GoldenFiles(dir, receivedNanos, type, eventSeparator);
    }

    /**
     * For parsers that make several events of a line (a file of records): all of them, joined.
     *
     * @param separator what joins the events' JSON on the expected line
     * @return a copy
     */
    public GoldenFiles joiningEvents(String separator) {
        return new GoldenFiles(dir, receivedNanos, sourceType, separator);
    }

    /**
     * @param name the files' base name
     * @param parser the parser, fed {@code RawLog.builder(line).receivedNanos(..).sourceType(..)}
     */
    public void check(String name, LogParser parser) {
        check(name, line -> parser.parse(rawLog(line)));
    }

    /**
     * @param name the files' base name
     * @param parse what parses each line (for a raw log built differently)
     */
    public void check(String name, Function<String, ParseResult> parse) {
        List<String> lines = read(dir.resolve(name + ".log"));
        List<String> actual = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            actual.add(render(parse.apply(lines.get(i)), name + " line " + (i + 1)));
        }
        Path expectedFile = dir.resolve(name + ".expected");
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            try {
                Files.write(expectedFile, actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<String> expected = read(expectedFile);
        int common = Math.min(expected.size(), actual.size());
        for (int i = 0; i < common; i++) {
            assertEquals(expected.get(i), actual.get(i), name + " line " + (i + 1) + ": " + lines.get(i));
        }
        assertEquals(expected.size(), actual.size(), name + ".expected has " + expected.size() + " lines for "
                + actual.size() + " input lines; regenerate with -D" + UPDATE_PROPERTY + "=true and review");
    }

    /** @param line an input line @return its raw log with the received time and source type */
    public RawLog rawLog(String line) {
        return RawLog.builder(line).receivedNanos(receivedNanos).sourceType(sourceType).build();
    }

    /**
     * Renders a result as an expected line: the event's ECS JSON (checked to read back into the same
     * event), {@code NOT_MINE}, or the kind and reason ({@code FORMAT_ERROR: why}, {@code DISCARD: why}).
     *
     * @param result the parser's result
     * @param where the file and line, for a failure
     * @return the expected-file line
     */
    public String render(ParseResult result, String where) {
        switch (result.kind()) {
            case PARSED: {
                List<Event> events = result.events();
                if (eventSeparator == null && events.size() != 1) {
                    fail(where + " made " + events.size() + " events; use joiningEvents(separator) for a parser that makes several");
                }
                StringBuilder sb = new StringBuilder();
                for (Event e : events) {
                    String json = e.toString();
                    // The golden form is ECS JSON that reads back into the same event (no duplicate keys, types kept).
                    assertEquals(e, EventJsonReader.read(json), where + " reads back: " + json);
                    if (sb.length() > 0) {
                        sb.append(eventSeparator);
                    }
                    sb.append(json);
                }
                return sb.toString();
            }
            case NOT_MINE:
                return "NOT_MINE";
            default:
                return result.kind() + ": " + result.reason();
        }
    }

    /**
     * @param name a golden file's base name in {@link #DEFAULT_DIR}
     * @return its input lines, to seed a fuzz run
     */
    public static List<String> readLog(String name) {
        return read(DEFAULT_DIR.resolve(name + ".log"));
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
