package io.usiem.parser.windows.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Event;
import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;
import io.usiem.api.event.Tags;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The event XML shape: the same record as XML and as evtx_dump JSON gives the same event (one mapping), DTDs and
 * entities are refused rather than expanded, references decode, cut records keep what they have.
 */
class WinXmlReaderTest {
    private final WindowsEventParser parser = new WindowsEventParser(ZoneOffset.UTC, true);

    @ParameterizedTest
    @ValueSource(strings = {"sysmon1", "security4624"})
    void xmlAndItsJsonTwinGiveTheSameEvent(String name) throws IOException {
        Event xml = only(parser.parse(raw(resource(name + ".xml"))));
        Event json = only(parser.parse(raw(resource(name + ".json"))));
        assertEquals(withoutOriginal(json), withoutOriginal(xml));
        assertTrue(xml.toString().contains("\"winlog.event_id\":"), xml.toString());
    }

    @Test
    void aDtdIsAFormatErrorAndNothingIsExpanded() {
        String internal = "<!DOCTYPE Event [<!ENTITY boom \"EXPANDED\">]><Event><System><EventID>1</EventID>"
                + "<Channel>Linux-Sysmon/Operational</Channel></System><EventData><Data Name=\"CommandLine\">&boom;</Data>"
                + "</EventData></Event>";
        String external = "<?xml version=\"1.0\"?><!DOCTYPE Event SYSTEM \"http://198.51.100.1/evil.dtd\"><Event><System>"
                + "<EventID>1</EventID></System></Event>";
        for (String line : new String[] {internal, external}) {
            ParseResult r = parser.parse(RawLog.of(line));
            assertEquals(ParseResult.Kind.FORMAT_ERROR, r.kind(), line);
            assertTrue(r.reason().contains("DTD"), r.reason());
        }
        ParseResult undeclared = parser.parse(RawLog.of("<Event><System><EventID>1</EventID></System><EventData>"
                + "<Data Name=\"x\">&boom;</Data></EventData></Event>"));
        assertEquals(ParseResult.Kind.FORMAT_ERROR, undeclared.kind());
        assertFalse(String.valueOf(undeclared.reason()).contains("EXPANDED"));
    }

    @Test
    void characterReferencesDecode() {
        Event e = only(parser.parse(RawLog.of("<Event><System><Provider Name=\"Linux-Sysmon\"/><EventID>5</EventID>"
                + "<Channel>Linux-Sysmon/Operational</Channel><Computer>h</Computer></System><EventData>"
                + "<Data Name=\"Image\">&lt;unknown process&gt;</Data><Data Name=\"CommandLine\">&#x41;&#66;&amp;&quot;&apos;</Data>"
                + "</EventData></Event>")));
        assertEquals("<unknown process>", e.get(Field.of("winlog.event_data.Image", FieldType.KEYWORD)));
        assertEquals("AB&\"'", e.get(Field.of("winlog.event_data.CommandLine", FieldType.KEYWORD)));
        assertEquals("linux", e.logSource().product());
    }

    @Test
    void aRecordCutAfterItsHeaderKeepsItsValuesAndIsTaggedTruncated() {
        String line = "<14>May 11 18:10:22 UBUNTU5 sysmon: <Event><System><Provider Name=\"Linux-Sysmon\"/><EventID>1</EventID>"
                + "<Channel>Linux-Sysmon/Operational</Channel><Computer>UBUNTU5</Computer></System><EventData>"
                + "<Data Name=\"Image\">/bin/bash</Data><Data Name=\"ParentImage\">/usr/bin/java</Data>"
                + "<Data Name=\"CommandLine\">bash -c id &amp;&amp; cat /etc/pass";
        Event e = only(parser.parse(RawLog.of(line)));
        assertTrue(e.tags().contains(Tags.TRUNCATED), e.toString());
        assertEquals("bash -c id && cat /etc/pass", e.get(Field.of("process.command_line", FieldType.KEYWORD)));
        assertEquals("/usr/bin/java", e.get(Field.of("process.parent.executable", FieldType.KEYWORD)));
        ParseResult header = parser.parse(RawLog.of("<Event><System><Provider Name=\"Linux-Sysmon\"/><EventID>1</Even"));
        assertEquals(ParseResult.Kind.FORMAT_ERROR, header.kind());
    }

    @Test
    void logAnalyticsSemicolonsAreRestored() {
        String mangled = "<Data Name=\"Image\">&lt unknown process&gt </Data>&#65 &amp x";
        assertEquals("<Data Name=\"Image\">&lt;unknown process&gt;</Data>&#65;&amp;x", CharRefs.restoreSemicolons(mangled));
        String clean = "<Data>&lt;a&gt; b & c</Data>";
        assertSame(clean, CharRefs.restoreSemicolons(clean));
    }

    @Test
    void xmlStartSkipsSyslogHeadersOnly() {
        assertEquals(0, XmlScan.xmlStart("<Event xmlns='x'>"));
        assertEquals(36, XmlScan.xmlStart("<14>May 11 18:10:20 UBUNTU5 sysmon: <Event><System/></Event>"));
        assertEquals(-1, XmlScan.xmlStart("<14>May 11 18:10:20 host app: <Eventful/>"));
        assertEquals(-1, XmlScan.xmlStart("<14>May 11 18:10:20 host app: text<Event>"));
        assertEquals(-1, XmlScan.xmlStart("{\"a\":1}"));
    }

    private static Event only(ParseResult r) {
        assertTrue(r.isParsed(), String.valueOf(r));
        assertEquals(1, r.events().size());
        return r.events().get(0);
    }

    private static String withoutOriginal(Event e) {
        return e.toBuilder().raw(null).build().toString();
    }

    private static RawLog raw(String line) {
        return RawLog.builder(line).receivedNanos(WindowsEventParserGoldenTest.RECEIVED).build();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = WinXmlReaderTest.class.getResourceAsStream("/twins/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
