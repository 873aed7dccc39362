package io.usiem.parser.cloudtrail.internal;

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
import java.util.List;

import org.junit.jupiter.api.Test;

/** The OTRF CloudTrail dataset (MIT, see ../shared/corpus/README.md): every line parses. Skipped without the corpus. */
class CloudTrailCorpusTest {
    private static final Path FILE = Path.of("../../../shared/corpus/windows/json/ec2_proxy_s3_exfiltration/ec2_proxy_s3_exfiltration_2020-09-14011940.json");

    @Test
    void everyOtrfRecordParses() throws IOException {
        assumeTrue(Files.isRegularFile(FILE), "no shared corpus at " + FILE.toAbsolutePath() + "; skipped");
        CloudTrailParser parser = new CloudTrailParser();
        List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        int assumed = 0;
        for (String line : lines) {
            ParseResult r = parser.parse(RawLog.of(line));
            assertTrue(r.isParsed(), r + ": " + line);
            Event e = r.events().get(0);
            assertTrue(e.hasEventTime(), line);
            assertEquals("success", e.getText(Fields.EVENT_OUTCOME), line);
            if ("AssumedRole".equals(e.getAsString(CloudTrailFields.UI_TYPE))) {
                assumed++;
            }
        }
        assertEquals(103, lines.size());
        assertTrue(assumed > 0, "the dataset's S3 reads come from an assumed role");
    }
}
