package io.usiem.connector.sysloginput.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SyslogHeaderReaderTest {
    private static final long NANOS = 1_000_000_000L;
    private static final long RECEIVED = Instant.parse("2026-03-10T12:00:00Z").getEpochSecond() * NANOS;
    private final SyslogHeaderReader reader = new SyslogHeaderReader(ZoneOffset.UTC);

    @Test
    void rfc5424WithStructuredDataAndBom() {
        String line = "<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog 1234 ID47 "
                + "[exampleSDID@32473 iut=\"3\" eventSource=\"App\\\"lication\"][x@1 a=\"]\"] \uFEFFAn application event";
        SyslogHeader h = reader.read(line, RECEIVED);
        assertNotNull(h);
        assertEquals(165, h.priority());
        assertEquals("1", h.version());
        assertEquals("mymachine.example.com", h.hostname());
        assertEquals("evntslog", h.appName());
        assertEquals("1234", h.procId());
        assertEquals("ID47", h.msgId());
        assertEquals(Instant.parse("2003-10-11T22:14:15.003Z").toEpochMilli() * 1_000_000L, h.eventNanos());
        assertEquals("An application event", line.substring(h.bodyStart()));
    }

    @Test
    void rfc5424WithNilValues() {
        String line = "<34>1 - - - - - - body";
        SyslogHeader h = reader.read(line, RECEIVED);
        assertNotNull(h);
        assertNull(h.hostname());
        assertNull(h.appName());
        assertEquals(0, h.eventNanos());
        assertEquals("body", line.substring(h.bodyStart()));
    }

    @Test
    void rfc3164WithHostAndPid() {
        String line = "<34>Oct 11 22:14:15 mymachine su[123]: 'su root' failed";
        SyslogHeader h = reader.read(line, RECEIVED);
        assertNotNull(h);
        assertEquals("mymachine", h.hostname());
        assertEquals("su", h.appName());
        assertEquals("123", h.procId());
        // October is after March: the sender meant last year.
        assertEquals(Instant.parse("2025-10-11T22:14:15Z").getEpochSecond() * NANOS, h.eventNanos());
        assertEquals("'su root' failed", line.substring(h.bodyStart()));
    }

    @Test
    void rfc3164WithoutHostnameAndSingleDigitDay() {
        String line = "<13>Mar  5 17:32:18 kernel: action=drop";
        SyslogHeader h = reader.read(line, RECEIVED);
        assertNotNull(h);
        assertNull(h.hostname());
        assertEquals("kernel", h.appName());
        assertEquals(Instant.parse("2026-03-05T17:32:18Z").getEpochSecond() * NANOS, h.eventNanos());
        assertEquals("action=drop", line.substring(h.bodyStart()));
    }

    @Test
    void rfc3164WithIsoTimestamp() {
        String line = "<13>2026-03-05T17:32:18+01:00 gw01 sshd[7]: Accepted";
        SyslogHeader h = reader.read(line, RECEIVED);
        assertNotNull(h);
        assertEquals("gw01", h.hostname());
        assertEquals("sshd", h.appName());
        assertEquals(Instant.parse("2026-03-05T16:32:18Z").getEpochSecond() * NANOS, h.eventNanos());
        assertEquals("Accepted", line.substring(h.bodyStart()));
    }

    @Test
    void rfc3164WithIsoTimestampWithoutOffsetIsInTheListenersZone() {
        // As syslog-ng's loggen -D sends it (and many appliances): no offset, so the configured zone applies.
        String line = "<38>2026-11-29T23:39:37 localhost prg00000[1234]: seq: 0000000000";
        SyslogHeader h = new SyslogHeaderReader(java.time.ZoneId.of("Europe/Madrid")).read(line, RECEIVED);
        assertNotNull(h);
        assertEquals("localhost", h.hostname());
        assertEquals("prg00000", h.appName());
        assertEquals("1234", h.procId());
        assertEquals(Instant.parse("2026-11-29T22:39:37Z").getEpochSecond() * NANOS, h.eventNanos());
        assertEquals("seq: 0000000000", line.substring(h.bodyStart()));
    }

    @Test
    void rfc3164WithHostAndNoTag() {
        String line = "<13>Mar  5 17:32:18 10.0.0.1 link down on port 7";
        SyslogHeader h = reader.read(line, RECEIVED);
        assertNotNull(h);
        assertEquals("10.0.0.1", h.hostname());
        assertNull(h.appName());
        assertEquals("link down on port 7", line.substring(h.bodyStart()));
    }

    @Test
    void unusualHeadersAreLeftToTheParsers() {
        assertNull(reader.read("<\u0663\u0664>Oct 11 22:14:15 host app: x", RECEIVED)); // Arabic-Indic digits are not a PRI
        assertNull(reader.read("no header at all", RECEIVED));
        assertNull(reader.read("<999>Oct 11 22:14:15 host app: x", RECEIVED));
        assertNull(reader.read("<34>yesterday host app: x", RECEIVED));
        assertNull(reader.read("<34>1 not-a-time host app - - - x", RECEIVED));
        assertNull(reader.read("<34>1 - host app - - [unterminated x", RECEIVED));
    }
}
