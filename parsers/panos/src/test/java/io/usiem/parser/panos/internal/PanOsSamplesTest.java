package io.usiem.parser.panos.internal;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Event;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Every published sample parses into an event that fills what its category requires and names its logsource. */
class PanOsSamplesTest {
    @Test
    void samplesFillTheirCategorysRequiredFields() {
        PanOsParser parser = new PanOsParser(ZoneOffset.UTC);
        for (String sample : parser.metadata().samples()) {
            ParseResult r = parser.parse(RawLog.of(sample));
            assertTrue(r.isParsed(), r + ": " + sample);
            Event e = r.events().get(0);
            assertNull(e.category().firstMissingField(e), e.category() + " lacks a field: " + e);
            assertTrue(e.logSource() != null && parser.metadata().logSources().contains(e.logSource()),
                    "logsource " + e.logSource() + " is declared in the metadata: " + sample);
            assertTrue(parser.metadata().categories().contains(e.category()), e.category() + " is declared");
        }
    }
}
