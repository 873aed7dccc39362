package io.usiem.parser.auditd.internal;

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
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The OTRF Linux audit datasets (MIT, see ../shared/corpus/README.md): every record parses. Skipped without the corpus. */
class AuditdCorpusTest {
    private static final Path DIR = Path.of("../../../shared/corpus/windows/json");

    @Test
    void everyOtrfRecordParsesAndEventsLink() throws IOException {
        assumeTrue(Files.isDirectory(DIR), "no shared corpus at " + DIR.toAbsolutePath() + "; skipped");
        AuditdParser parser = new AuditdParser(ZoneOffset.UTC);
        int records = 0;
        for (String name : List.of("sh_arp_cache/sh_arp_cache_2020-11-10074812.log",
                "sh_binary_padding_dd/sh_binary_padding_dd_2020-11-10081941.log")) {
            for (String line : Files.readAllLines(DIR.resolve(name), StandardCharsets.UTF_8)) {
                ParseResult r = parser.parse(RawLog.of(line));
                assertTrue(r.isParsed(), r + ": " + line);
                records++;
            }
        }
        assertEquals(18, records);
        Event execve = parser.parse(RawLog.of("type=EXECVE msg=audit(1604994496.155:92733): argc=2 a0=\"arp\" a1=\"-a\"")).events().get(0);
        Event title = parser.parse(RawLog.of("type=PROCTITLE msg=audit(1604994496.155:92733): proctitle=617270002D61")).events().get(0);
        assertEquals(execve.getText(Fields.EVENT_ID), title.getText(Fields.EVENT_ID), "records of one event share event.id");
        assertEquals("arp -a", title.getText(Fields.PROCESS_TITLE));
        assertEquals("arp -a", execve.getText(Fields.PROCESS_COMMAND_LINE));
    }
}
