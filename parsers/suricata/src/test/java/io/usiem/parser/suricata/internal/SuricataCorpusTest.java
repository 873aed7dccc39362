package io.usiem.parser.suricata.internal;

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

import org.junit.jupiter.api.Test;

/**
 * Suricata's own expected EVE output (OISF suricata-verify, MIT; see ../shared/corpus/README.md). Skipped
 * with a message where the corpus is absent, as in a user's clone.
 */
class SuricataCorpusTest {
    private static final Path EVE = Path.of("../../../shared/corpus/samples/suricata-verify/output-eve-fileinfo.expected.eve.json");

    @Test
    void suricataVerifyFileinfoRecordParses() throws IOException {
        assumeTrue(Files.exists(EVE), "no shared corpus at " + EVE.toAbsolutePath() + "; skipped");
        SuricataEveParser parser = new SuricataEveParser();
        for (String line : Files.readAllLines(EVE, StandardCharsets.UTF_8)) {
            ParseResult r = parser.parse(RawLog.of(line));
            assertTrue(r.isParsed(), line);
            Event e = r.events().get(0);
            assertEquals("eicar.com", e.get(Fields.FILE_NAME));
            assertEquals(68L, e.get(Fields.FILE_SIZE));
            assertEquals("www.eicar.org", e.get(Fields.URL_DOMAIN));
            assertEquals("fileinfo", e.get(EveFields.EVENT_TYPE));
        }
    }
}
