package io.usiem.parser.fortigate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Event;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Lines through the syslog input (header already read), the zone of date=/time= without tz=, the direction settings. */
class FortiGateInputHeaderTest {
    @Test
    void bodyFromTheSyslogInputParsesLikeTheWholeLine() {
        String body = FortiGateSamples.LINES[0];
        String original = "<189>" + body;
        RawLog raw = RawLog.builder(original).message(body).origin("fgt60f-hq.example.com",
                IpAddress.parse("192.0.2.1")).build();
        ParseResult r = new FortiGateParser(ZoneOffset.UTC).parse(raw);
        assertTrue(r.isParsed(), r.toString());
        Event e = r.events().get(0);
        assertEquals(original, e.raw());
        assertEquals("FGT60F-HQ", e.get(Fields.OBSERVER_NAME));
        assertEquals("fgt60f-hq.example.com", e.get(Fields.OBSERVER_HOSTNAME));
        assertEquals(IpAddress.parse("10.10.20.15"), e.get(Fields.SOURCE_IP));
    }

    @Test
    void dateAndTimeWithoutOffsetAreInTheConfiguredZone() {
        String line = "date=2024-08-01 time=12:00:00 devid=\"FG100\" logid=\"0000000013\" type=\"traffic\" srcip=10.0.0.1";
        Event utc = new FortiGateParser(ZoneOffset.UTC).parse(RawLog.of(line)).events().get(0);
        Event madrid = new FortiGateParser(ZoneId.of("Europe/Madrid")).parse(RawLog.of(line)).events().get(0);
        assertEquals(2L * 3600 * 1_000_000_000L, utc.eventNanos() - madrid.eventNanos(), "CEST is UTC+2 in August");
    }

    @Test
    void configuredInterfacesDecideTheDirection() {
        FortiGateParser parser = new FortiGateParser(ZoneOffset.UTC, new Direction("", "internal", "wan1,wan2"));
        Event e = parser.parse(RawLog.of(FortiGateSamples.LINES[0])).events().get(0); // internal -> wan1
        assertEquals("outbound", e.get(Fields.NETWORK_DIRECTION));
        Event deny = parser.parse(RawLog.of(FortiGateSamples.LINES[1])).events().get(0); // wan1 -> internal
        assertEquals("inbound", deny.get(Fields.NETWORK_DIRECTION));
    }

    @Test
    void aNetworkThatIsNotACidrFailsActivationWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Direction("10.0.0.0/8,intranet", "", ""));
        assertTrue(e.getMessage().contains("'intranet'"), e.getMessage());
    }

    @Test
    void theInputsHeaderHostNamesTheFirewallWhenTheLogDoesNot() {
        String body = "date=2024-03-13 time=12:00:00 devid=\"FG100\" logid=\"0100032003\" type=\"event\" subtype=\"system\"";
        RawLog.Builder builder = RawLog.builder("<189>Mar 13 12:00:00 fw-branch-7 " + body).message(body);
        builder.header().set(Fields.LOG_SYSLOG_HOSTNAME, "fw-branch-7");
        Event e = new FortiGateParser(ZoneOffset.UTC).parse(builder.build()).events().get(0);
        assertEquals("fw-branch-7", e.get(Fields.OBSERVER_NAME));
    }
}
