package io.usiem.parser.windowsdns.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.parser.RawLog;

import java.lang.annotation.Annotation;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Configuration through the DS constructor: bad values fail activation with a clear message. */
class WindowsDnsConfigTest {
    private static WindowsDnsConfig config(String zone, String order) {
        return new WindowsDnsConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return WindowsDnsConfig.class;
            }

            @Override
            public String timezone() {
                return zone;
            }

            @Override
            public String dateOrder() {
                return order;
            }
        };
    }

    @Test
    void badValuesFailActivation() {
        IllegalArgumentException zone = assertThrows(IllegalArgumentException.class, () -> new WindowsDnsParser(config("Nowhere/City", "auto")));
        assertTrue(zone.getMessage().contains("Nowhere/City"), zone.getMessage());
        IllegalArgumentException order = assertThrows(IllegalArgumentException.class, () -> new WindowsDnsParser(config("UTC", "ymd")));
        assertTrue(order.getMessage().contains("dateOrder"), order.getMessage());
    }

    @Test
    void localTimesUseTheConfiguredZone() {
        WindowsDnsParser parser = new WindowsDnsParser(config("America/New_York", "mdy"));
        String line = "7/4/2024 1:00:00 PM 0E70 PACKET  00000000033397A0 UDP Rcv 10.161.60.71    5b47   Q [0001   D   NOERROR] A      (3)www(0)";
        long t = parser.parse(RawLog.of(line)).events().get(0).eventNanos();
        assertEquals(Instant.parse("2024-07-04T17:00:00Z"), Instant.ofEpochSecond(t / 1_000_000_000L));
    }
}
