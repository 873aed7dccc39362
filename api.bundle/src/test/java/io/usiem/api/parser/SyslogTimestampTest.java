package io.usiem.api.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** BSD and RFC 3339 timestamp forms, and where each read stops. */
class SyslogTimestampTest {
    private static final SyslogClock UTC = new SyslogClock(ZoneOffset.UTC);
    private static final long RECEIVED = nanos("2024-03-01T12:00:00Z");

    private static long nanos(String iso) {
        Instant t = Instant.parse(iso);
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    @Test
    void bsd() {
        SyslogTimestamp ts = new SyslogTimestamp();
        assertEquals(15, ts.bsd("Feb  5 17:32:18 h", 0, UTC, RECEIVED));
        assertEquals(nanos("2024-02-05T17:32:18Z"), ts.nanos());
        assertEquals(14, ts.bsd("Feb 5 17:32:18", 0, UTC, RECEIVED));
        assertEquals(26, ts.bsd("Feb 05 17:32:18.1234567891 h", 0, UTC, RECEIVED));
        assertEquals(nanos("2024-02-05T17:32:18.123456789Z"), ts.nanos());
        assertEquals(20, ts.bsd("Feb 05 2020 17:32:18 h", 0, UTC, RECEIVED));
        assertEquals(nanos("2020-02-05T17:32:18Z"), ts.nanos());
        assertEquals(-1, ts.bsd("Feb 30 17:32:18 h", 0, UTC, RECEIVED));
        assertEquals(-1, ts.bsd("Foo  5 17:32:18 h", 0, UTC, RECEIVED));
        assertEquals(-1, ts.bsd("Feb  5 17:32", 0, UTC, RECEIVED));
        assertEquals(-1, ts.bsd("Feb  5 17:3x:18", 0, UTC, RECEIVED));
    }

    @Test
    void iso() {
        SyslogTimestamp ts = new SyslogTimestamp();
        assertEquals(32, ts.iso("2021-07-03T19:10:14.578288-05:00 x", 0, UTC));
        assertEquals(nanos("2021-07-04T00:10:14.578288Z"), ts.nanos());
        assertEquals(20, ts.iso("2021-07-03T19:10:14Z", 0, UTC));
        assertEquals(24, ts.iso("2021-07-03 19:10:14+0200", 0, UTC));
        assertEquals(nanos("2021-07-03T17:10:14Z"), ts.nanos());
        assertEquals(22, ts.iso("2021-07-03T19:10:14+02", 0, UTC));
        assertEquals(19, ts.iso("2021-07-03T19:10:14", 0, UTC));
        assertEquals(-1, ts.iso("2021-07-03T19:10:14.", 0, UTC));
        assertEquals(-1, ts.iso("2021-13-03T19:10:14Z", 0, UTC));
        assertEquals(-1, ts.iso("2021-07-03T19:10:14+19:00", 0, UTC));
        assertEquals(-1, ts.iso("2021-07-03", 0, UTC));
    }
}
