package io.usiem.parser.syslog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.usiem.api.event.Event;
import io.usiem.api.event.Fields;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Real lines from the shared corpus (u-siem's test lines, MIT; see ../shared/corpus/README.md). Skipped
 * with a message where the corpus is absent, as in a user's clone.
 */
class GenericSyslogCorpusTest {
    private static final Path SAMPLES = Path.of("../../../shared/corpus/samples/usiem");

    @Test
    void realLinesNeverFailAndSyslogHeadersAreRead() throws IOException {
        assumeTrue(Files.isDirectory(SAMPLES), "no shared corpus at " + SAMPLES.toAbsolutePath() + "; skipped");
        GenericSyslogParser parser = new GenericSyslogParser(ZoneOffset.UTC);
        int lines = 0;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".log")).toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    ParseResult r = parser.parse(RawLog.of(line));
                    assertNotNull(r, line);
                    lines++;
                }
            }
        }
        assumeTrue(lines > 0, "corpus has no sample lines");
        List<String> opnsense = Files.readAllLines(SAMPLES.resolve("opnsense-filterlog-from-tests.log"), StandardCharsets.UTF_8);
        Event e = parser.parse(RawLog.of(opnsense.get(0))).events().get(0);
        assertEquals("OPNsense.localdomain", e.getText(Fields.LOG_SYSLOG_HOSTNAME));
        assertEquals("filterlog", e.getText(Fields.LOG_SYSLOG_APPNAME));
        assertEquals(21853, e.getLong(Fields.PROCESS_PID, 0));
        assertEquals(134, e.getLong(Fields.LOG_SYSLOG_PRIORITY, 0));
    }
}
