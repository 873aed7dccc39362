package io.usiem.parser.panos.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Event;
import io.usiem.api.event.Fields;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Lines no firewall writes but a broken relay or a newer PAN-OS might: many fields, quotes everywhere. */
class PanOsHostileTest {
    private final PanOsParser parser = new PanOsParser(ZoneOffset.UTC);

    @Test
    void fieldsBeyondTheKnownOnesAreIgnored() {
        String line = PanOsSamples.LINES[0] + ",x".repeat(10_000);
        ParseResult r = parser.parse(RawLog.of(line));
        assertTrue(r.isParsed(), r.toString());
        assertEquals("PA-3220-FW01", r.events().get(0).get(Fields.OBSERVER_HOSTNAME));
    }

    @Test
    void quotedFieldsAnywhereAreUnquoted() {
        String line = PanOsSamples.LINES[1].replace(",Block-Inbound-Default,", ",\"Block \"\"Inbound\"\", Default\",");
        Event e = parser.parse(RawLog.of(line)).events().get(0);
        assertEquals("Block \"Inbound\", Default", e.get(Fields.RULE_NAME));
        assertEquals(3389L, e.get(Fields.DESTINATION_PORT));
    }
}
