package io.usiem.parser.zeek.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Real Zeek 6 TSV logs (OTRF Security-Datasets, MIT; see ../shared/corpus/README.md). Skipped with a message
 * where the corpus is absent, as in a user's clone.
 */
class ZeekCorpusTest {
    private static final Path LOGS = Path.of("../../../shared/corpus/windows/json/metasploit_logonpasswords_lsass_memory_dump_zeek_logs");

    private static List<Path> logs() throws IOException {
        assumeTrue(Files.isDirectory(LOGS), "no shared corpus at " + LOGS.toAbsolutePath() + "; skipped");
        try (Stream<Path> files = Files.list(LOGS)) {
            return files.filter(p -> p.toString().endsWith(".log")).sorted().toList();
        }
    }

    @Test
    void everyLineOfEveryFileParsesOneInputPerFile() throws IOException {
        ZeekParser parser = new ZeekParser();
        int parsed = 0;
        for (Path f : logs()) {
            String log = f.getFileName().toString().replace(".log", "");
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                ParseResult r = parser.parse(RawLog.builder(line).input("file-" + log).build());
                if (line.startsWith("#")) {
                    assertEquals(ParseResult.Kind.DISCARD, r.kind(), line);
                } else {
                    assertTrue(r.isParsed(), line + " -> " + r);
                    Event e = r.events().get(0);
                    assertEquals(new ZeekLog(log).dataset, e.get(Fields.EVENT_DATASET), line);
                    assertTrue(e.eventNanos() > 1_692_000_000_000_000_000L, line);
                    if (line.split("\t").length > 4 && line.contains("192.168.1.")) {
                        assertTrue(e.has(Fields.RELATED_IP), line);
                    }
                    parsed++;
                }
            }
        }
        assertTrue(parsed > 250, "data lines parsed: " + parsed);
    }

    @Test
    void filesInterleavedThroughOneInputFindTheirHeaderByWidth() throws IOException {
        ZeekParser parser = new ZeekParser();
        List<List<String>> data = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path f : logs()) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (String line : lines) {
                if (line.startsWith("#") && !line.startsWith("#close")) {
                    parser.parse(RawLog.of(line)); // every header first, as a tailer opening the files does
                }
            }
            data.add(lines.stream().filter(l -> !l.startsWith("#")).toList());
            names.add(f.getFileName().toString().replace(".log", ""));
        }
        int parsed = 0;
        for (int row = 0; row < 200; row++) {
            for (int k = 0; k < data.size(); k++) {
                if (row < data.get(k).size()) {
                    ParseResult r = parser.parse(RawLog.of(data.get(k).get(row)));
                    assertTrue(r.isParsed(), data.get(k).get(row) + " -> " + r);
                    assertEquals(new ZeekLog(names.get(k)).dataset, r.events().get(0).get(Fields.EVENT_DATASET));
                    parsed++;
                }
            }
        }
        assertTrue(parsed > 250, "data lines parsed: " + parsed);
    }
}
