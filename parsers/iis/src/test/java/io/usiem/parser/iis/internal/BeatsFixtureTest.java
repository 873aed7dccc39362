package io.usiem.parser.iis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Event;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The IIS lines of Elastic Beats' module tests (beats/README.md): with their headers, and again without them. */
class BeatsFixtureTest {
    private static List<String> lines(String file) throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/beats", file), StandardCharsets.UTF_8);
    }

    /** @return the events of the file's data lines, read in order by one parser (one origin), directives discarded */
    private static List<Event> parse(String file) throws IOException {
        IisParser parser = IisGoldenTest.parser();
        List<Event> events = new ArrayList<>();
        for (String line : lines(file)) {
            ParseResult r = parser.parse(RawLog.of(line));
            if (line.startsWith("#")) {
                assertEquals(ParseResult.Kind.DISCARD, r.kind(), line);
            } else {
                assertTrue(r.isParsed(), r + ": " + line);
                assertEquals(line, r.events().get(0).raw());
                events.add(r.events().get(0));
            }
        }
        return events;
    }

    @ParameterizedTest
    @ValueSource(strings = {"access-test.log", "access-iis-7.5.log", "access-iis-7.2.log", "access-ipv6zone.log", "access-x-forward-for.log",
        "access-x-forward-for-extended.log", "access-azure.log", "error-test.log"})
    void everyLineParsesWithItsHeader(String file) throws IOException {
        for (Event e : parse(file)) {
            assertTrue(e.get(Fields.EVENT_DATASET).toString().startsWith("iis."), e.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"access-test.log", "access-iis-7.5.log", "access-iis-7.2.log", "access-ipv6zone.log", "access-x-forward-for.log",
        "access-x-forward-for-extended.log", "access-azure.log", "error-test.log"})
    void everyLineParsesWithoutHeader(String file) throws IOException {
        // As Filebeat (exclude_lines '^#') and syslog forwarders send them: the layout is recognised by its columns.
        IisParser parser = IisGoldenTest.parser();
        for (String line : lines(file)) {
            if (line.startsWith("#") || line.contains("](http://")) {
                continue; // the Markdown debris line has no address where one belongs: only its header makes it readable
            }
            ParseResult r = parser.parse(RawLog.of(line));
            assertTrue(r.isParsed(), r + ": " + line);
            assertTrue(r.events().get(0).has(Fields.SOURCE_IP), line);
        }
    }

    @Test
    void customForwardedForField() throws IOException {
        Event e = parse("access-x-forward-for.log").get(1);
        assertEquals("192.168.198.23", e.getText(IisFields.X_FORWARDED_FOR));
        assertEquals(IpAddress.parse("192.168.7.63"), e.getIp(Fields.SOURCE_IP));
        assertTrue(e.getIpList(Fields.RELATED_IP).contains(IpAddress.parse("192.168.198.23")));
        assertEquals("/Production-UI/data/finance/legacy/GLAPAprvMaster?$filter=BatchId%20eq%20%27FY21HSNG0820%27&$orderby=Subsys,Ref&$skip=0&$top=20",
                e.getText(Fields.URL_ORIGINAL));
        assertEquals(32_000_000L, e.getLong(Fields.EVENT_DURATION, -1));
    }

    @Test
    void allFieldsWithForwardedFor() throws IOException {
        Event e = parse("access-x-forward-for-extended.log").get(2);
        assertEquals("119.160.162.213", e.getText(IisFields.X_FORWARDED_FOR));
        assertEquals("freca1", e.getText(IisFields.SERVER_NAME));
        assertEquals("W3SVC2", e.getText(IisFields.SITE_NAME));
        assertEquals("1.1", e.getText(Fields.HTTP_VERSION));
        assertEquals("images.hogeschoolrotterdam.nl", e.getText(Fields.URL_DOMAIN));
        assertEquals(2007L, e.getLong(Fields.HTTP_RESPONSE_BODY_BYTES, -1));
        assertEquals(581L, e.getLong(Fields.HTTP_REQUEST_BODY_BYTES, -1));
        assertTrue(e.getText(Fields.USER_AGENT_ORIGINAL).startsWith("Mozilla/5.0 (Windows NT 10.0; Win64; x64)"), e.toString());
    }

    @Test
    void ipv6WithZone() throws IOException {
        Event e = parse("access-ipv6zone.log").get(0);
        assertEquals(IpAddress.parse("::1"), e.getIp(Fields.SOURCE_IP));
        assertEquals("::1%0", e.getText(Fields.SOURCE_ADDRESS));
        assertEquals(IpAddress.parse("::1"), e.getIp(Fields.DESTINATION_IP));
    }

    @Test
    void httpSysErrorLog() throws IOException {
        List<Event> events = parse("error-test.log");
        Event conn = events.get(0);
        assertEquals("iis.error", conn.getText(Fields.EVENT_DATASET));
        assertEquals("ConnLimit", conn.getText(IisFields.ERROR_REASON));
        assertEquals(503L, conn.getLong(Fields.HTTP_RESPONSE_STATUS_CODE, -1));
        assertEquals(2094L, conn.getLong(Fields.SOURCE_PORT, -1));
        assertEquals(EventCategory.WEB_SERVER, conn.category());
        Event timer = events.get(3);
        assertEquals("Timer_MinBytesPerSecond", timer.getText(IisFields.ERROR_REASON));
        // No request and no status: a web event, not a request one.
        assertEquals(EventCategory.GENERIC, timer.category());
    }
}
