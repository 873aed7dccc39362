package io.usiem.parser.windows.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.usiem.api.event.Event;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every line of the OTRF Security-Datasets copy in the shared corpus (MIT; see ../shared/corpus/README.md):
 * no format error on any of them, Windows records parsed (and the Sysmon for Linux event XML in Log Analytics
 * Syslog rows), the others (AWS, Azure AD, other Linux syslog rows) declined. Skipped with a message where the
 * corpus is absent, as in a user's clone.
 */
class WindowsEventCorpusTest {
    private static final Path OTRF = Path.of("../../../shared/corpus/windows");

    @Test
    void otrfDatasetsParseWithoutFormatErrors() throws IOException {
        assumeTrue(Files.isDirectory(OTRF), "no shared corpus at " + OTRF.toAbsolutePath() + "; skipped");
        WindowsEventParser parser = new WindowsEventParser(ZoneOffset.UTC, true);
        WinJsonReader shapes = new WinJsonReader(new com.fasterxml.jackson.core.JsonFactory(), 100);
        List<Path> files;
        try (Stream<Path> s = Files.walk(OTRF)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assumeTrue(!files.isEmpty(), "corpus has no .json files");
        Map<String, Integer> counts = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        int parsed = 0;
        int sysmonLinux = 0;
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                ParseResult r = parser.parse(RawLog.of(line));
                switch (r.kind()) {
                    case PARSED -> {
                        parsed++;
                        WinJsonReader.Outcome o = shapes.read(line, 0);
                        for (WinRecord rec : o.records) {
                            counts.merge("shape " + rec.shape, 1, Integer::sum);
                        }
                        if (o.embeddedXml != null) {
                            counts.merge("shape XML in a Log Analytics Syslog row", 1, Integer::sum);
                        }
                        for (Event e : r.events()) {
                            // Events survive their JSON form (the archive and golden form); one in four, for time.
                            if (parsed % 4 == 0) {
                                assertEquals(e, io.usiem.api.codec.EventJsonReader.read(e.toString()), line);
                            }
                            String shape = e.logSource() == null ? "?" : e.logSource().toString();
                            if (e.logSource() != null && "linux".equals(e.logSource().product())) {
                                sysmonLinux++;
                            }
                            counts.merge("logsource " + shape, 1, Integer::sum);
                        }
                    }
                    case NOT_MINE -> counts.merge("not mine: " + f.getParent().getFileName(), 1, Integer::sum);
                    default -> errors.add(f.getFileName() + ": " + r.reason() + ": "
                            + line.substring(0, Math.min(200, line.length())));
                }
            }
        }
        counts.forEach((k, v) -> System.out.println("OTRF " + k + ": " + v));
        System.out.println("OTRF parsed lines: " + parsed);
        assertEquals(List.of(), errors.subList(0, Math.min(10, errors.size())), errors.size() + " format errors");
        assertTrue(parsed > 9000, "parsed " + parsed);
        // The Log4Shell recording's 93 Log Analytics Syslog rows hold Sysmon for Linux's event XML.
        if (Files.isDirectory(OTRF.resolve("json/syslog_sysmon_log4shell_cve2021_44228_jndi_reference"))) {
            assertEquals(93, sysmonLinux, "Sysmon for Linux events");
        }
    }
}
