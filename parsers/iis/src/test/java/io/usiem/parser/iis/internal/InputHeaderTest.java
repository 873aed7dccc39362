package io.usiem.parser.iis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Event;
import io.usiem.api.event.Fields;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import org.junit.jupiter.api.Test;

/** Through the syslog input the header is already read: only the body is parsed, the original and header fields kept. */
class InputHeaderTest {
    private static final String BODY = "2021-08-06 12:35:07 10.0.0.5 GET /ecp/default.flt - 443 - 198.51.100.23 curl/7.68.0 - 404 0 2 3";

    @Test
    void bodyAfterAnInputHeader() {
        String line = "<134>Aug  6 12:35:07 EXCH01 IIS: " + BODY;
        RawLog.Builder raw = RawLog.builder(line).message(BODY);
        raw.header().set(Fields.LOG_SYSLOG_APPNAME, "IIS").set(Fields.LOG_SYSLOG_HOSTNAME, "EXCH01");
        ParseResult r = IisGoldenTest.parser().parse(raw.build());
        assertTrue(r.isParsed(), r.reason());
        Event e = r.events().get(0);
        assertEquals(line, e.raw());
        assertEquals("/ecp/default.flt", e.get(Fields.URL_ORIGINAL));
        assertEquals(404L, e.get(Fields.HTTP_RESPONSE_STATUS_CODE));
        assertEquals("IIS", e.get(Fields.LOG_SYSLOG_APPNAME));
    }

    @Test
    void bodyWithForwarderWordsBeforeTheDate() {
        // A forwarder whose tag the syslog input did not recognise leaves a word before the IIS date in the body.
        String body = "EXCH01 " + BODY;
        ParseResult r = IisGoldenTest.parser().parse(RawLog.builder("<13>Aug  6 12:35:07 " + body).message(body).build());
        assertTrue(r.isParsed(), r.reason());
        assertEquals(404L, r.events().get(0).get(Fields.HTTP_RESPONSE_STATUS_CODE));
    }

    @Test
    void directiveAfterAnInputHeader() {
        String body = "#Fields: date time c-ip cs-method cs-uri-stem sc-status";
        ParseResult r = IisGoldenTest.parser().parse(RawLog.builder("<134>Aug  6 12:35:07 EXCH01 IIS: " + body).message(body).build());
        assertEquals(ParseResult.Kind.DISCARD, r.kind());
        assertEquals(IisParser.FIELDS_DIRECTIVE, r.reason());
    }
}
