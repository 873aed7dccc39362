package io.usiem.parser.windowsdns.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;
import io.usiem.api.parser.testing.GoldenFiles;

import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Golden lines in, the normalized JSON (or the outcome) out; regenerate with -Dusiem.golden.update=true and review. */
class WindowsDnsParserGoldenTest {
    /** Received time of every golden line, so event.ingested is fixed. */
    static final long RECEIVED = Instant.parse("2024-03-01T12:00:00Z").getEpochSecond() * 1_000_000_000L;

    @Test
    void matchesGoldenFile() {
        GoldenFiles.receivedAt(RECEIVED).check("dns", new WindowsDnsParser(ZoneOffset.UTC, DebugLogTime.Order.AUTO));
    }

    @Test
    void declaredSourceTypeDiscardsHeaderAndDetailLines() {
        WindowsDnsParser parser = new WindowsDnsParser(ZoneOffset.UTC, DebugLogTime.Order.AUTO);
        RawLog detail = RawLog.builder("\t   1     Date").sourceType("windows-dns").build();
        assertEquals(ParseResult.Kind.DISCARD, parser.parse(detail).kind());
        RawLog guessed = RawLog.of("\t   1     Date");
        assertEquals(ParseResult.Kind.NOT_MINE, parser.parse(guessed).kind());
    }

    @Test
    void dateOrderIsConfigurable() {
        String line = "5/6/2013 10:00:32 0E70 PACKET  00000000033397A0 UDP Rcv 10.161.60.71    5b47   Q [0001   D   NOERROR] A      (3)www(0)";
        long dmy = new WindowsDnsParser(ZoneOffset.UTC, DebugLogTime.Order.DMY).parse(RawLog.of(line)).events().get(0).eventNanos();
        long mdy = new WindowsDnsParser(ZoneOffset.UTC, DebugLogTime.Order.MDY).parse(RawLog.of(line)).events().get(0).eventNanos();
        assertEquals(Instant.parse("2013-06-05T10:00:32Z"), Instant.ofEpochSecond(dmy / 1_000_000_000L));
        assertEquals(Instant.parse("2013-05-06T10:00:32Z"), Instant.ofEpochSecond(mdy / 1_000_000_000L));
    }
}
