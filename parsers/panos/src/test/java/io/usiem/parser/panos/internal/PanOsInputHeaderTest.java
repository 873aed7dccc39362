package io.usiem.parser.panos.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Event;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Lines through the syslog input (header already read), the firewall clock's zone, the zone lists. */
class PanOsInputHeaderTest {
    @Test
    void bodyFromTheSyslogInputParsesLikeTheWholeLine() {
        String body = PanOsSamples.LINES[0];
        String original = "<14>Mar 13 11:41:28 PA-3220-FW01 " + body;
        RawLog raw = RawLog.builder(original).message(body).origin("PA-3220-FW01",
                IpAddress.parse("192.0.2.1")).build();
        ParseResult r = new PanOsParser(ZoneOffset.UTC).parse(raw);
        assertTrue(r.isParsed(), r.toString());
        Event e = r.events().get(0);
        assertEquals(original, e.raw());
        assertEquals("PA-3220-FW01", e.get(Fields.OBSERVER_HOSTNAME));
        assertEquals(IpAddress.parse("192.0.2.1"), e.get(Fields.OBSERVER_IP));
        assertEquals(IpAddress.parse("10.20.1.15"), e.get(Fields.SOURCE_IP));
    }

    @Test
    void timesWithoutOffsetAreInTheConfiguredZone() {
        String line = PanOsSamples.LINES[1]; // TRAFFIC deny, no high-resolution timestamp
        Event utc = new PanOsParser(ZoneOffset.UTC).parse(RawLog.of(line)).events().get(0);
        Event madrid = new PanOsParser(ZoneId.of("Europe/Madrid")).parse(RawLog.of(line)).events().get(0);
        assertEquals(2L * 3600 * 1_000_000_000L, utc.eventNanos() - madrid.eventNanos(), "CEST is UTC+2 in August");
    }

    @Test
    void configuredZonesGiveTrafficADirection() {
        PanOsParser parser = new PanOsParser(ZoneOffset.UTC, new ZoneDirection("trust, dmz", "untrust"));
        Event outbound = parser.parse(RawLog.of(PanOsSamples.LINES[0])).events().get(0); // trust -> untrust
        assertEquals("outbound", outbound.get(Fields.NETWORK_DIRECTION));
        Event external = parser.parse(RawLog.of(PanOsSamples.LINES[1])).events().get(0); // untrust -> untrust
        assertEquals("external", external.get(Fields.NETWORK_DIRECTION));
        Event none = new PanOsParser(ZoneOffset.UTC).parse(RawLog.of(PanOsSamples.LINES[0])).events().get(0);
        assertEquals(null, none.get(Fields.NETWORK_DIRECTION));
    }
}
