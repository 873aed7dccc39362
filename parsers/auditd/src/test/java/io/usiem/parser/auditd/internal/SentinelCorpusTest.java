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

/** The OTRF AUOMS dataset (Azure Sentinel Syslog rows; MIT, see ../shared/corpus/README.md): every row parses. */
class SentinelCorpusTest {
    private static final Path FILE = Path.of("../../../shared/corpus/windows/json/syslog_auoms_auditd_log4shell_cve2021_44228_jndi_reference/"
            + "syslog_auoms_auditd_log4shell_cve2021_44228_jndi_reference_2022-05-11181020.json");

    @Test
    void everyRowParses() throws IOException {
        assumeTrue(Files.isRegularFile(FILE), "no shared corpus at " + FILE.toAbsolutePath() + "; skipped");
        AuditdParser parser = new AuditdParser(ZoneOffset.UTC);
        List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        for (String line : lines) {
            ParseResult r = parser.parse(RawLog.of(line));
            assertTrue(r.isParsed(), r + ": " + line);
            Event e = r.events().get(0);
            assertEquals("UBUNTU5", e.getText(Fields.HOST_HOSTNAME));
            assertTrue(e.has(Fields.USER_NAME), line);
            assertTrue(e.has(Fields.PROCESS_COMMAND_LINE), line);
        }
        assertEquals(50, lines.size());
    }
}
