package io.usiem.api.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Event;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.event.OriginRole;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The RFCs' own examples and the variants seen in the wild that the parsers' former copies handled. */
class SyslogHeaderTest {
    private static final SyslogClock UTC = new SyslogClock(ZoneOffset.UTC);
    private static final long RECEIVED = nanos("2024-03-01T12:00:00Z");

    private static long nanos(String iso) {
        Instant t = Instant.parse(iso);
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    private static SyslogHeader read(String line) {
        return read(new SyslogHeader(), line);
    }

    private static SyslogHeader read(SyslogHeader h, String line) {
        assertNull(h.read(line, UTC, RECEIVED), line);
        return h;
    }

    private static String body(SyslogHeader h, String line) {
        return line.substring(h.bodyStart());
    }

    @Test
    void rfc5424Example1NilValuesAndBom() {
        String line = "<34>1 2003-10-11T22:14:15.003Z mymachine.example.com su - ID47 - \uFEFF'su root' failed for lonvick on /dev/pts/8";
        SyslogHeader h = read(line);
        assertTrue(h.present());
        assertTrue(h.rfc5424());
        assertEquals(34, h.priority());
        assertEquals(nanos("2003-10-11T22:14:15.003Z"), h.timeNanos());
        assertEquals("mymachine.example.com", h.hostname());
        assertEquals("su", h.appName());
        assertNull(h.procId());
        assertEquals("ID47", h.msgId());
        assertEquals(-1, h.structuredDataStart());
        assertEquals("'su root' failed for lonvick on /dev/pts/8", body(h, line));
    }

    @Test
    void rfc5424Example2OffsetAndProcId() {
        String line = "<165>1 2003-08-24T05:14:15.000003-07:00 192.0.2.1 myproc 8710 - - %% It's time to make the do-nuts.";
        SyslogHeader h = read(line);
        assertEquals(nanos("2003-08-24T12:14:15.000003Z"), h.timeNanos());
        assertEquals("192.0.2.1", h.hostname());
        assertEquals("myproc", h.appName());
        assertEquals("8710", h.procId());
        assertNull(h.msgId());
        assertEquals("%% It's time to make the do-nuts.", body(h, line));
    }

    @Test
    void rfc5424Examples3And4StructuredData() {
        String sd = "[exampleSDID@32473 iut=\"3\" eventSource=\"Application\" eventID=\"1011\"]";
        String line = "<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 " + sd + " \uFEFFAn application event log entry...";
        SyslogHeader h = read(line);
        assertEquals(sd, line.substring(h.structuredDataStart(), h.structuredDataEnd()));
        assertEquals("An application event log entry...", body(h, line));

        String two = "[exampleSDID@32473 iut=\"3\" eventSource=\"Application\" eventID=\"1011\"][examplePriority@32473 class=\"high\"]";
        String only = "<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 " + two;
        h = read(only);
        assertEquals(two, only.substring(h.structuredDataStart(), h.structuredDataEnd()));
        assertEquals("", body(h, only));
    }

    @Test
    void rfc5424QuotedBracketsAndEscapesStayInsideTheElement() {
        String line = "<14>1 - host app - - [a@1 x=\"]\\\"[\" y=\"\\\\\"] body";
        SyslogHeader h = read(line);
        assertEquals(SyslogClock.INVALID, h.timeNanos());
        assertEquals("body", body(h, line));
        assertEquals(line.indexOf(" body"), h.structuredDataEnd());
    }

    @Test
    void rfc5424Faults() {
        assertEquals("malformed RFC 5424 structured data", new SyslogHeader().read("<14>1 - h a - - [x@1 a=\"b] c", UTC, RECEIVED));
        assertEquals("truncated RFC 5424 header: missing procid", new SyslogHeader().read("<14>1 - h a", UTC, RECEIVED));
        assertEquals("truncated RFC 5424 header: missing hostname", new SyslogHeader().read("<14>1 -", UTC, RECEIVED));
        assertEquals("invalid RFC 5424 timestamp 'yesterday'", new SyslogHeader().read("<14>1 yesterday h a - - - m", UTC, RECEIVED));
        SyslogHeader endsAtMsgId = read("<14>1 - h a 1 ID");
        assertEquals("ID", endsAtMsgId.msgId());
        assertEquals(16, endsAtMsgId.bodyStart());
    }

    @Test
    void rsyslogTwoSpacesAfterNilStructuredData() {
        String line = "<86>1 2026-11-29T23:15:43.712900+00:00 vm useradd 28371 - -  new user: name=alice";
        assertEquals("new user: name=alice", body(read(line), line));
    }

    @Test
    void priFaults() {
        assertEquals("invalid syslog PRI <999>: must be 0-191", new SyslogHeader().read("<999>Feb 29 19:10:30 x: y", UTC, RECEIVED));
        assertEquals("invalid syslog PRI: no '>' within 3 digits", new SyslogHeader().read("<1234>x", UTC, RECEIVED));
        assertEquals("invalid syslog PRI: not a number", new SyslogHeader().read("<a>x", UTC, RECEIVED));
        assertEquals("invalid syslog PRI: not a number", new SyslogHeader().read("<>x", UTC, RECEIVED));
        assertEquals("invalid syslog PRI: no '>' within 3 digits", new SyslogHeader().read("<13", UTC, RECEIVED));
    }

    @Test
    void rfc3164Example() {
        String line = "<34>Oct 11 22:14:15 mymachine su: 'su root' failed for lonvick on /dev/pts/8";
        SyslogHeader h = read(line);
        assertFalse(h.rfc5424());
        assertEquals(34, h.priority());
        assertEquals(nanos("2023-10-11T22:14:15Z"), h.timeNanos()); // October is in the past on March 1st 2024
        assertEquals("mymachine", h.hostname());
        assertEquals("su", h.appName());
        assertEquals("'su root' failed for lonvick on /dev/pts/8", body(h, line));
    }

    @Test
    void bsdWithPidFractionAndYears() {
        String line = "Feb  5 17:32:18.123456 gw01 sshd[4242]: Accepted";
        SyslogHeader h = read(line);
        assertEquals(-1, h.priority());
        assertEquals(nanos("2024-02-05T17:32:18.123456Z"), h.timeNanos());
        assertEquals("gw01", h.hostname());
        assertEquals("sshd", h.appName());
        assertEquals("4242", h.procId());
        assertEquals("Accepted", body(h, line));

        assertEquals(nanos("2019-01-05T10:22:01Z"), read("<166>Jan 05 2019 10:22:01 asa01 x: m").timeNanos());
        assertEquals(nanos("2019-01-05T10:22:01Z"), read("<166>Jan  5 10:22:01 2019 asa01 x: m").timeNanos());
    }

    @Test
    void ciscoStarAndTrailingColon() {
        String line = "<189>*Mar  1 00:01:02.345: %SYS-5-CONFIG_I: Configured";
        SyslogHeader h = read(line);
        assertEquals(nanos("2024-03-01T00:01:02.345Z"), h.timeNanos());
        assertEquals("%SYS-5-CONFIG_I: Configured", body(h, line));
    }

    @Test
    void ciscoSequenceNumber() {
        String line = "<189>42: *Mar  1 18:46:11.437: %SYS-5-CONFIG_I: Configured from console";
        SyslogHeader h = read(line);
        assertEquals(nanos("2024-03-01T18:46:11.437Z"), h.timeNanos());
        assertEquals("%SYS-5-CONFIG_I: Configured from console", body(h, line));
        String noTime = "<189>42: hello";
        SyslogHeader t = read(noTime);
        assertEquals(SyslogClock.INVALID, t.timeNanos());
        assertEquals("42", t.appName()); // without a time after it, "42:" is just a tag
    }

    @Test
    void noHostName() {
        String line = "<134>Jul  3 19:10:30 filterlog[72237]: 5,,,1000000103";
        SyslogHeader h = read(line);
        assertNull(h.hostname());
        assertEquals("filterlog", h.appName());
        assertEquals("72237", h.procId());
        assertEquals("5,,,1000000103", body(h, line));
    }

    @Test
    void isoTimestampsWithAndWithoutOffset() {
        String line = "2024-02-10T08:00:01.5+01:00 web01 nginx: GET /";
        SyslogHeader h = read(line);
        assertEquals(nanos("2024-02-10T07:00:01.5Z"), h.timeNanos());
        assertEquals("web01", h.hostname());
        assertEquals("GET /", body(h, line));
        SyslogClock paris = new SyslogClock(ZoneId.of("Europe/Paris"));
        SyslogHeader local = new SyslogHeader();
        assertNull(local.read("2024-07-10 08:00:01,250 web01 app: x", paris, RECEIVED));
        assertEquals(nanos("2024-07-10T06:00:01.25Z"), local.timeNanos());
        assertEquals(nanos("2024-02-10T07:00:01Z"), read("2024-02-10T08:00:01+0100 h a: m").timeNanos());
    }

    @Test
    void tagsWithOddNames() {
        assertEquals("(squid-1)", read("<14>Mar  1 10:00:00 proxy (squid-1): 1 2").appName());
        assertEquals("systemd-logind@1", read("Mar  1 10:00:00 h systemd-logind@1[9]: x").appName());
    }

    @Test
    void noHeader() {
        for (String line : new String[] {"type=SYSLOG msg=audit(1.2:3): x", "1700000000.123 5 10.0.0.1 TCP_MISS/200", ""}) {
            SyslogHeader h = read(line);
            assertFalse(h.present(), line);
            assertEquals(0, h.bodyStart());
            assertEquals(SyslogClock.INVALID, h.timeNanos());
        }
    }

    @Test
    void priWithoutTimestampStillReadsATag() {
        String line = "<13>sshd[7]: hello";
        SyslogHeader h = read(line);
        assertTrue(h.present());
        assertEquals("sshd", h.appName());
        assertEquals("hello", body(h, line));
        String untagged = "<13>hello world";
        assertEquals("hello world", body(read(new SyslogHeader().untaggedHost(), untagged), untagged));
    }

    @Test
    void untaggedHostOnlyWhenAsked() {
        String line = "<14>Mar  1 10:00:00 fw01 date=2024-03-01 time=10:00:00 devname=fw01";
        SyslogHeader strict = read(line);
        assertNull(strict.hostname());
        assertEquals("fw01 date=2024-03-01 time=10:00:00 devname=fw01", body(strict, line));
        SyslogHeader loose = read(new SyslogHeader().untaggedHost(), line);
        assertEquals("fw01", loose.hostname());
        assertEquals("date=2024-03-01 time=10:00:00 devname=fw01", body(loose, line));
        String csv = "<14>Mar  1 10:00:00 1,2024/03/01 10:00:00,0123,TRAFFIC";
        assertNull(read(new SyslogHeader().untaggedHost(), csv).hostname());
    }

    @Test
    void tagWithoutTimeOnlyWhenAsked() {
        String line = "sshd[4242]: Accepted password for a";
        assertFalse(read(line).present());
        SyslogHeader h = read(new SyslogHeader().tagWithoutTime(), line);
        assertTrue(h.present());
        assertEquals("sshd", h.appName());
        assertEquals("Accepted password for a", body(h, line));
        SyslogHeader none = read(new SyslogHeader().tagWithoutTime(), "just words here");
        assertFalse(none.present());
        assertNull(none.hostname());
        assertEquals(0, none.bodyStart());
    }

    @Test
    void skipStructuredDataOfABodyWithoutHeader() {
        assertEquals(21, SyslogHeader.skipStructuredData("[meta sequenceId=\"1\"] 5,,", 0));
        assertEquals(0, SyslogHeader.skipStructuredData("5,,", 0));
        assertEquals(-1, SyslogHeader.skipStructuredData("[meta x=\"]", 0));
    }

    @Test
    void setsPriorityFacilityAndSeverity() {
        EventBuilder b = Event.builder("x");
        read("<165>1 - h a - - - m").setPriority(b);
        assertEquals(165L, b.get(Fields.LOG_SYSLOG_PRIORITY));
        assertEquals(20L, b.get(Fields.LOG_SYSLOG_FACILITY_CODE));
        assertEquals(5L, b.get(Fields.LOG_SYSLOG_SEVERITY_CODE));
        EventBuilder none = Event.builder("x");
        read("Mar  1 10:00:00 h a: m").setPriority(none);
        assertFalse(none.has(Fields.LOG_SYSLOG_PRIORITY));
    }

    @Test
    void setOnNamesTheSenderAsHostOrObserver() {
        SyslogHeader h = new SyslogHeader();
        String line = "<166>Nov 30 06:00:00 192.0.2.7 squid[4242]: 1700000000.000 12 10.0.0.5 TCP_MISS/200 512 GET http://x/ - HIER_DIRECT/x -";
        assertNull(h.read(line, new SyslogClock(ZoneOffset.UTC), Instant.parse("2026-11-30T06:00:05Z").getEpochSecond() * 1_000_000_000L));
        Event observed = eventFrom(h, OriginRole.OBSERVER);
        assertEquals("192.0.2.7", observed.getText(Fields.OBSERVER_HOSTNAME));
        assertEquals(IpAddress.parse("192.0.2.7"), observed.get(Fields.OBSERVER_IP));
        assertNull(observed.get(Fields.HOST_HOSTNAME));
        assertEquals("squid", observed.getText(Fields.LOG_SYSLOG_APPNAME));
        assertEquals("4242", observed.getText(Fields.LOG_SYSLOG_PROCID));
        assertEquals(Instant.parse("2026-11-30T06:00:00Z").getEpochSecond() * 1_000_000_000L, observed.eventNanos());
        Event host = eventFrom(h, OriginRole.HOST);
        assertEquals("192.0.2.7", host.getText(Fields.HOST_NAME));
        assertNull(host.get(Fields.OBSERVER_HOSTNAME));
    }

    private static Event eventFrom(SyslogHeader h, OriginRole role) {
        EventBuilder b = Event.builder("raw");
        h.setOn(b, role);
        return b.build();
    }
}
