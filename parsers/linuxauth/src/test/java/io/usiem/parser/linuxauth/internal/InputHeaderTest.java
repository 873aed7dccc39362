package io.usiem.parser.linuxauth.internal;

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
    private final LinuxAuthParser parser = new LinuxAuthParser(ZoneOffset.UTC);

    @Test
    void bodyWithHeaderFieldsFromTheInput() {
        RawLog.Builder b = RawLog.builder("<38>Nov 28 03:51:40 vm sshd[25674]: Failed password for root from 203.0.113.9 port 4242 ssh2")
                .message("Failed password for root from 203.0.113.9 port 4242 ssh2").origin(null, IpAddress.parse("192.0.2.50"));
        b.header().set(Fields.LOG_SYSLOG_HOSTNAME, "vm").set(Fields.LOG_SYSLOG_APPNAME, "sshd")
                .set(Fields.LOG_SYSLOG_PROCID, "25674").set(Fields.LOG_SYSLOG_PRIORITY, 38);
        ParseResult r = parser.parse(b.build());
        assertTrue(r.isParsed(), r::toString);
        Event e = r.events().get(0);
        assertEquals("vm", e.getText(Fields.HOST_HOSTNAME));
        assertEquals("sshd", e.getText(Fields.PROCESS_NAME));
        assertEquals(25674, e.getLong(Fields.PROCESS_PID, 0));
        assertEquals("root", e.getText(Fields.USER_NAME));
        assertEquals("failure", e.getText(Fields.EVENT_OUTCOME));
        assertEquals(IpAddress.parse("203.0.113.9"), e.getIp(Fields.SOURCE_IP));
        assertEquals(4242, e.getLong(Fields.SOURCE_PORT, 0));
        assertEquals("linux/sshd/-", e.logSource().toString());
    }

    @Test
    void otherProgramsFromTheInputAreNotMine() {
        RawLog.Builder b = RawLog.builder("<78>Nov 28 03:51:40 vm CRON[1]: (root) CMD (true)").message("(root) CMD (true)");
        b.header().set(Fields.LOG_SYSLOG_APPNAME, "CRON");
        assertEquals(ParseResult.Kind.NOT_MINE, parser.parse(b.build()).kind());
    }
}
