package io.usiem.api.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.usiem.api.event.EventJsonWriter;

import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The fast time reader agrees with {@link Instant#parse} on what the writer writes, and declines the rest. */
class IsoTimesTest {
    @Test
    void agreesWithInstantParse() {
        Random rnd = new Random(9);
        for (int i = 0; i < 200_000; i++) {
            long nanos = (rnd.nextLong() % 253_402_300_799L) * 1_000_000_000L + rnd.nextInt(1_000_000_000);
            if (rnd.nextBoolean()) {
                nanos = nanos / 1_000_000 * 1_000_000;
            }
            String text = EventJsonWriter.isoTime(nanos);
            long expected = IsoTimes.parse(text) == IsoTimes.NOT_FAST ? IsoTimes.NOT_FAST : nanos;
            if (text.startsWith("-") || text.startsWith("+")) {
                assertEquals(IsoTimes.NOT_FAST, IsoTimes.parse(text), text);
            } else {
                Instant t = Instant.parse(text);
                assertEquals(t.getEpochSecond() * 1_000_000_000L + t.getNano(), IsoTimes.parse(text), text);
                assertEquals(expected, nanos);
            }
        }
        assertEquals(IsoTimes.NOT_FAST, IsoTimes.parse("2024-02-30T00:00:00Z"));
        assertEquals(IsoTimes.NOT_FAST, IsoTimes.parse("2024-01-01T00:00:00+01:00"));
        assertEquals(IsoTimes.NOT_FAST, IsoTimes.parse("2024-01-01T24:00:00Z"));
        assertEquals(IsoTimes.NOT_FAST, IsoTimes.parse("2024-01-01T00:00:00.Z"));
    }
}
