package io.usiem.parser.syslog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Event;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A line whose syslog header an input already read: the host and process the header names become the event's. */
class InputHeaderTest {
    @Test
    void headerFieldsFromTheInputFillHostAndProcess() {
        RawLog.Builder b = RawLog.builder("<38>Nov 28 03:51:40 vm sshd[25674]: Accepted publickey for deploy")
                .message("Accepted publickey for deploy").origin(null, IpAddress.parse("192.0.2.50")).input("syslog-udp");
        b.header().set(Fields.LOG_SYSLOG_HOSTNAME, "vm").set(Fields.LOG_SYSLOG_APPNAME, "sshd")
                .set(Fields.LOG_SYSLOG_PROCID, "25674").set(Fields.LOG_SYSLOG_PRIORITY, 38);
        ParseResult r = new GenericSyslogParser(ZoneOffset.UTC).parse(b.build());
        assertTrue(r.isParsed(), r::toString);
        Event e = r.events().get(0);
        assertEquals("vm", e.getText(Fields.HOST_HOSTNAME), "the header's host, not the relay that sent it");
        assertEquals(List.of(), e.getIpList(Fields.HOST_IP), "the sender may be a relay: its address is not vm's");
        assertEquals("sshd", e.getText(Fields.PROCESS_NAME));
        assertEquals(25674, e.getLong(Fields.PROCESS_PID, 0));
        assertTrue(e.toString().contains("\"usiem.origin.ip\":\"192.0.2.50\""), e.toString());
    }
}
