package io.usiem.parser.suricata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.usiem.api.event.Event;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import org.junit.jupiter.api.Test;

/** A record the syslog input already stripped of its header: the body parses and the header's host is the sensor. */
class SyslogInputTest {
    private static final String BODY = "{\"timestamp\":\"2024-01-15T10:22:31.123456+0000\",\"event_type\":\"flow\",\"src_ip\":\"10.0.0.5\","
            + "\"dest_ip\":\"10.0.0.9\",\"proto\":\"TCP\"}";

    @Test
    void headerFieldsFromTheInputNameTheObserver() {
        RawLog.Builder b = RawLog.builder("<161>Jan 15 10:22:31 sensor01 suricata[1234]: " + BODY).message(BODY)
                .origin(null, IpAddress.parse("192.0.2.7"));
        b.header().set(Fields.LOG_SYSLOG_HOSTNAME, "sensor01").set(Fields.LOG_SYSLOG_APPNAME, "suricata");
        ParseResult r = new SuricataEveParser().parse(b.build());
        Event e = r.events().get(0);
        assertEquals("sensor01", e.get(Fields.OBSERVER_HOSTNAME));
        assertEquals("suricata", e.get(Fields.LOG_SYSLOG_APPNAME));
        assertEquals(IpAddress.parse("10.0.0.5"), e.get(Fields.SOURCE_IP));
        assertEquals("<161>Jan 15 10:22:31 sensor01 suricata[1234]: " + BODY, e.raw());
    }
}
