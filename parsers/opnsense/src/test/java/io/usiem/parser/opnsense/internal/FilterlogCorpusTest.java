package io.usiem.parser.opnsense.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.usiem.api.event.Event;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The real OPNsense line of the shared corpus (u-siem's test lines, MIT; see ../shared/corpus/README.md). Skipped
 * with a message where the corpus is absent, as in a user's clone.
 */
class FilterlogCorpusTest {
    private static final Path SAMPLE = Path.of("../../../shared/corpus/samples/usiem/opnsense-filterlog-from-tests.log");

    @Test
    void realOpnsenseLineParses() throws IOException {
        assumeTrue(Files.isRegularFile(SAMPLE), "no shared corpus at " + SAMPLE.toAbsolutePath() + "; skipped");
        List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
        assumeTrue(!lines.isEmpty(), "corpus file is empty");
        FilterlogParser parser = new FilterlogParser(ZoneOffset.UTC);
        for (String line : lines) {
            ParseResult r = parser.parse(RawLog.of(line));
            assertTrue(r.isParsed(), line + " -> " + r);
        }
        Event e = parser.parse(RawLog.of(lines.get(0))).events().get(0);
        assertEquals("OPNsense.localdomain", e.getText(Fields.OBSERVER_HOSTNAME));
        assertEquals(IpAddress.parse("192.168.1.8"), e.getIp(Fields.SOURCE_IP));
        assertEquals(53, e.getLong(Fields.DESTINATION_PORT, 0));
        assertEquals("udp", e.getText(Fields.NETWORK_TRANSPORT));
        assertEquals("pass", e.getText(Fields.EVENT_ACTION));
        assertEquals("outbound", e.getText(Fields.NETWORK_DIRECTION));
        assertEquals("igb0", e.getText(Fields.OBSERVER_INGRESS_INTERFACE));
    }
}
