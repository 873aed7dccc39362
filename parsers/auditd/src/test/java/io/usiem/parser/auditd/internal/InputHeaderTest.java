package io.usiem.parser.auditd.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Event;
import io.usiem.api.event.Fields;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Records whose syslog header the syslog input already read: the body alone reaches the parser. */
class InputHeaderTest {
    private final AuditdParser parser = new AuditdParser(ZoneOffset.UTC);

    @Test
    void audispSyslogBodyWithHeaderFieldsFromTheInput() {
        String body = "type=USER_CMD msg=audit(1795994807.143:61): pid=10526 uid=1001 auid=1001 ses=6 msg='cwd=\"/home/alice\" "
                + "cmd=2F7573722F62696E2F6964202D61 exe=\"/usr/bin/sudo\" terminal=pts/0 res=success' UID=\"alice\" AUID=\"alice\"";
        RawLog.Builder b = RawLog.builder("<14>Nov 29 23:26:47 vm audisp-syslog: " + body).message(body);
        b.header().set(Fields.LOG_SYSLOG_HOSTNAME, "vm").set(Fields.LOG_SYSLOG_APPNAME, "audisp-syslog");
        ParseResult r = parser.parse(b.build());
        assertTrue(r.isParsed(), r::toString);
        Event e = r.events().get(0);
        assertEquals("vm", e.getText(Fields.HOST_HOSTNAME));
        assertEquals("/usr/bin/id -a", e.getText(Fields.PROCESS_COMMAND_LINE));
        assertEquals("ran-command", e.getText(Fields.EVENT_ACTION));
        assertEquals("alice", e.getText(Fields.USER_NAME));
        assertEquals("1795994807.143:61", e.getText(Fields.EVENT_ID));
        assertEquals(1_795_994_807_143_000_000L, e.eventNanos());
    }

    @Test
    void otherProgramsFromTheInputAreNotMine() {
        RawLog.Builder c = RawLog.builder("<38>Nov 29 23:26:47 vm sshd[1]: Accepted password for a from 192.0.2.1 port 1 ssh2")
                .message("Accepted password for a from 192.0.2.1 port 1 ssh2");
        c.header().set(Fields.LOG_SYSLOG_APPNAME, "sshd");
        assertEquals(ParseResult.Kind.NOT_MINE, parser.parse(c.build()).kind());
    }
}
