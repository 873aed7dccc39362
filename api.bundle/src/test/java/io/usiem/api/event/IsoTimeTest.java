package io.usiem.api.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The writer's own time formatting agrees with {@link Instant#toString()} (the reader parses that form). */
class IsoTimeTest {
    @Test
    void agreesWithInstantToString() {
        Random rnd = new Random(42);
        long[] edges = {0, -1, 1, 999_999_999, 1_000_000_000, -1_000_000_000, 253_402_300_799_999_999L,
                951_782_400_000_000_000L, 1_709_164_800_123_000_000L, 1_709_164_800_000_456_000L, Long.MIN_VALUE, Long.MAX_VALUE};
        for (long t : edges) {
            check(t);
        }
        for (int i = 0; i < 200_000; i++) {
            check(rnd.nextLong() >> rnd.nextInt(8));
            check(rnd.nextLong() / 1_000_000 * 1_000_000);
            check(rnd.nextLong() / 1000 * 1000);
        }
    }

    private static void check(long nanos) {
        String json = Event.builder("x").receivedNanos(nanos).build().toString();
        String expected = "\"@timestamp\":\"" + EventJsonWriter.isoTime(nanos) + "\"";
        assertEquals(expected, json.substring(1, 1 + expected.length()), () -> "epoch nanos " + nanos);
    }
}
