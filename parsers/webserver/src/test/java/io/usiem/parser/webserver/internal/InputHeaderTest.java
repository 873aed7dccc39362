package io.usiem.parser.webserver.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Event;
import io.usiem.api.event.Fields;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Through the syslog input the header is already read: only the body is parsed, the original kept. */
class InputHeaderTest {
    private static final String BODY = "127.0.0.1 - alice [29/Nov/2026:23:54:02 +0000] \"GET /private/a.txt HTTP/1.1\" 401 179 \"-\" \"curl/7.88.1\"";
    private static final String LINE = "<190>Nov 29 23:54:02 vm nginx: " + BODY;

    @Test
    void bodyAfterAnInputHeader() {
        RawLog.Builder raw = RawLog.builder(LINE).message(BODY);
        raw.header().set(Fields.LOG_SYSLOG_APPNAME, "nginx").set(Fields.LOG_SYSLOG_HOSTNAME, "vm");
        ParseResult r = Parsers.nginx(ZoneOffset.UTC).parse(raw.build());
        assertTrue(r.isParsed(), r.reason());
        Event e = r.events().get(0);
        assertEquals(LINE, e.raw());
        assertEquals("alice", e.get(Fields.USER_NAME));
        assertEquals(401L, e.get(Fields.HTTP_RESPONSE_STATUS_CODE));
        assertEquals("nginx", e.get(Fields.LOG_SYSLOG_APPNAME));
    }

    @Test
    void errorLineBodyAfterAnInputHeader() {
        String body = "2026/11/29 23:54:02 [error] 22240#22240: *18 user \"alice\": password mismatch, client: 127.0.0.1, server: localhost, request: \"GET /private/a.txt HTTP/1.1\", host: \"127.0.0.1:18080\"";
        ParseResult r = Parsers.nginx(ZoneOffset.UTC).parse(RawLog.builder("<187>Nov 29 23:54:02 vm nginx: " + body).message(body).build());
        assertTrue(r.isParsed(), r.reason());
        assertEquals("nginx.error", r.events().get(0).get(Fields.EVENT_DATASET));
    }
}
