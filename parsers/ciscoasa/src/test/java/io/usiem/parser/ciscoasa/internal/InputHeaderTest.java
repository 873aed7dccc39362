package io.usiem.parser.ciscoasa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Event;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Lines whose syslog header the syslog input already read: the body starts at (or near) the %ASA tag. */
class InputHeaderTest {
    private final CiscoAsaParser parser = new CiscoAsaParser(ZoneOffset.UTC);

    @Test
    void bodyAfterTheInputsHeader() {
        String body = "%ASA-4-106023: Deny tcp src outside:198.51.100.7/40022 dst inside:10.0.0.5/22 by access-group \"outside_access_in\" [0x0, 0x0]";
        RawLog.Builder b = RawLog.builder("<164>Jan 05 2024 10:25:00 asa01 : " + body).message(body)
                .origin(null, IpAddress.parse("192.0.2.1")).input("syslog-udp");
        b.header().set(Fields.LOG_SYSLOG_HOSTNAME, "asa01").set(Fields.LOG_SYSLOG_PRIORITY, 164);
        ParseResult r = parser.parse(b.build());
        assertTrue(r.isParsed(), r::toString);
        Event e = r.events().get(0);
        assertEquals("asa01", e.getText(Fields.OBSERVER_HOSTNAME));
        assertEquals("106023", e.getText(Fields.EVENT_CODE));
        assertEquals("outside_access_in", e.getText(Fields.RULE_NAME));
        assertEquals(IpAddress.parse("198.51.100.7"), e.getIp(Fields.SOURCE_IP));
    }

    @Test
    void tagTakenForTheProgramByTheInput() {
        String body = "Built inbound TCP connection 4913 for outside:203.0.113.20/51515 (203.0.113.20/51515) to inside:10.0.0.20/443 (198.51.100.20/443)";
        RawLog.Builder b = RawLog.builder("<166>Jan  5 10:22:01 asa01 %ASA-6-302013: " + body).message(body).input("syslog-udp");
        b.header().set(Fields.LOG_SYSLOG_HOSTNAME, "asa01").set(Fields.LOG_SYSLOG_APPNAME, "%ASA-6-302013");
        ParseResult r = parser.parse(b.build());
        assertTrue(r.isParsed(), r::toString);
        Event e = r.events().get(0);
        assertEquals("302013", e.getText(Fields.EVENT_CODE));
        assertEquals(6, e.getLong(Fields.EVENT_SEVERITY, -1));
        assertEquals(body, e.getText(Fields.MESSAGE));
        assertEquals(IpAddress.parse("203.0.113.20"), e.getIp(Fields.SOURCE_IP));
    }

    @Test
    void durationsOfBothForms() {
        assertEquals(3723_000_000_000L, AsaEvent.duration("1:02:03"));
        assertEquals(90_061_000_000_000L, AsaEvent.duration("1d 1h:01m:01s"));
        assertEquals(-1, AsaEvent.duration("5"));
        assertEquals(-1, AsaEvent.duration("0:xx:30"));
    }
}
