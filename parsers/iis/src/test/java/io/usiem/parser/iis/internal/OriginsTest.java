package io.usiem.parser.iis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Event;
import io.usiem.api.event.Fields;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Each origin's #Fields layout applies to its own lines only, and the memory is bounded. */
class OriginsTest {
    private static final String FIELDS = "#Fields: date time c-ip cs-method cs-uri-stem sc-status";
    private static final String LINE = "2021-08-06 12:41:00 192.0.2.1 GET /autodiscover/autodiscover.xml 200";

    private static RawLog from(String host, String line) {
        return RawLog.builder(line).origin(host, null).input("syslog").build();
    }

    @Test
    void layoutIsPerOrigin() {
        IisParser parser = new IisParser(List.of("iis"), 8);
        assertEquals(ParseResult.Kind.DISCARD, parser.parse(from("web1", FIELDS)).kind());
        ParseResult r = parser.parse(from("web1", LINE));
        assertTrue(r.isParsed(), r.toString());
        Event e = r.events().get(0);
        assertEquals("/autodiscover/autodiscover.xml", e.get(Fields.URL_ORIGINAL));
        assertEquals(200L, e.get(Fields.HTTP_RESPONSE_STATUS_CODE));
        // Another origin sent no #Fields: its six columns fit no layout known without one.
        ParseResult other = parser.parse(from("web2", LINE));
        assertEquals(ParseResult.Kind.FORMAT_ERROR, other.kind());
        assertTrue(other.reason().contains("no #Fields directive from this origin"), other.reason());
    }

    @Test
    void crlfLinesKeepTheirLastColumn() {
        IisParser parser = new IisParser(List.of("iis"), 8);
        parser.parse(from("web1", FIELDS + " time-taken\r"));
        ParseResult r = parser.parse(from("web1", LINE + " 15\r"));
        assertTrue(r.isParsed(), r.toString());
        assertEquals(15_000_000L, r.events().get(0).get(Fields.EVENT_DURATION));
    }

    @Test
    void leastRecentlyUsedOriginIsForgotten() {
        IisParser parser = new IisParser(List.of("iis"), 2);
        parser.parse(from("web1", FIELDS));
        parser.parse(from("web2", FIELDS));
        assertTrue(parser.parse(from("web1", LINE)).isParsed());
        parser.parse(from("web3", FIELDS));
        // web2 was the least recently used of the three.
        assertEquals(ParseResult.Kind.FORMAT_ERROR, parser.parse(from("web2", LINE)).kind());
        assertTrue(parser.parse(from("web1", LINE)).isParsed());
        assertTrue(parser.parse(from("web3", LINE)).isParsed());
    }

    @Test
    void badConfigurationFailsWithReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new IisParser(List.of("iis"), 0));
        assertTrue(e.getMessage().contains("maxOrigins"), e.getMessage());
    }

    @Test
    void listPropertyFromCfgFile() {
        assertEquals(List.of("iis", "iis_access"), IisParser.items(new String[] {"iis, iis_access"}));
        assertEquals(List.of("iis", "iis_access"), IisParser.items(new String[] {"[\"iis\", \"iis_access\"]"}));
        assertEquals(List.of("iis", "w3c"), IisParser.items(new String[] {"iis", "w3c"}));
    }

    @Test
    void unknownColumnNamesBecomeSnakeCaseVendorFields() {
        assertEquals("iis.access.cs_accept_language", IisFields.other(IisFields.PREFIX, "cs(Accept-Language)").name());
        assertEquals("iis.access.s_reason", IisFields.other(IisFields.PREFIX, "s-reason").name());
        assertEquals("iis.access.sub_status_text", IisFields.other(IisFields.PREFIX, "sub-status").name());
        assertEquals("iis.error.s_siteid", IisFields.other(IisFields.ERROR_PREFIX, "s-siteid").name());
    }
}
