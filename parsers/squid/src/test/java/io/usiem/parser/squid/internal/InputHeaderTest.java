package io.usiem.parser.squid.internal;

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
    @Test
    void bodyAfterAnInputHeader() {
        String body = "1704103200.123     25 10.0.0.9 TCP_DENIED/403 1500 GET http://example.org/ - HIER_NONE/- text/html";
        String line = "<166>Jan  1 10:00:00 proxy01 squid[1234]: " + body;
        RawLog.Builder raw = RawLog.builder(line).message(body);
        raw.header().set(Fields.LOG_SYSLOG_APPNAME, "squid");
        ParseResult r = new SquidParser(ZoneOffset.UTC).parse(raw.build());
        assertTrue(r.isParsed(), r.reason());
        Event e = r.events().get(0);
        assertEquals(line, e.raw());
        assertEquals("denied", e.get(Fields.EVENT_ACTION));
        assertEquals("failure", e.get(Fields.EVENT_OUTCOME));
    }

    @Test
    void squidGuardBodyAfterAnInputHeader() {
        String body = "2024-01-01 10:00:00 [1234] Request(default/ads/-) http://ads.example.com/x 10.0.0.1/- - GET REDIRECT";
        ParseResult r = new SquidParser(ZoneOffset.UTC).parse(RawLog.builder("<14>Jan  1 10:00:00 proxy01 squidGuard: " + body).message(body).build());
        assertTrue(r.isParsed(), r.reason());
        assertEquals("ads", r.events().get(0).get(Fields.RULE_CATEGORY));
    }
}
