package io.usiem.parser.opnsense.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Event;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Lines whose syslog header the syslog input already read: only the body reaches the parser. */
class InputHeaderTest {
    private final FilterlogParser parser = new FilterlogParser(ZoneOffset.UTC);

    private static RawLog fromInput(String original, String body, String app) {
        RawLog.Builder b = RawLog.builder(original).message(body).origin(null, IpAddress.parse("192.0.2.1")).input("syslog-udp");
        b.header().set(Fields.LOG_SYSLOG_HOSTNAME, "fw1").set(Fields.LOG_SYSLOG_APPNAME, app).set(Fields.LOG_SYSLOG_PROCID, "48271");
        return b.build();
    }

    @Test
    void bodyWithOpnsenseStructuredDataLeftIn() {
        String body = "[meta sequenceId=\"4\"] 96,,,02f4bab031b57d1e30553ce08e0ec131,vtnet0,match,pass,out,4,0x0,,64,1,0,DF,17,udp,60,10.0.0.2,192.0.2.53,5353,53,40";
        ParseResult r = parser.parse(fromInput("<134>1 2024-05-14T09:12:44+02:00 fw1 filterlog 48271 - " + body, body, "filterlog"));
        assertTrue(r.isParsed(), r::toString);
        Event e = r.events().get(0);
        assertEquals("fw1", e.getText(Fields.OBSERVER_HOSTNAME));
        assertEquals("opnsense", e.observerProduct());
        assertEquals(48271, e.getLong(Fields.PROCESS_PID, 0));
        assertEquals(IpAddress.parse("192.0.2.53"), e.getIp(Fields.DESTINATION_IP));
    }

    @Test
    void bodyOfAnotherProgramIsNotMine() {
        String body = "[26931:0] info: 192.168.1.1 api.example.org. A IN";
        assertEquals(ParseResult.Kind.NOT_MINE, parser.parse(fromInput("<30>Dec 31 22:06:33 fw1 unbound[75499]: " + body, body, "unbound")).kind());
    }
}
