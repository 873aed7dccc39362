package io.usiem.parser.windows.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Fields;
import io.usiem.api.parser.RawLog;

import java.lang.annotation.Annotation;

import org.junit.jupiter.api.Test;

/** Configuration through the DS constructor: defaults work, a bad zone fails activation with a clear message. */
class WindowsEventConfigTest {
    private static WindowsEventConfig config(String zone, boolean keepMessage) {
        return new WindowsEventConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return WindowsEventConfig.class;
            }

            @Override
            public String timezone() {
                return zone;
            }

            @Override
            public boolean keepMessage() {
                return keepMessage;
            }
        };
    }

    @Test
    void unknownZoneFailsActivation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WindowsEventParser(config("Mars/Olympus", true)));
        assertTrue(e.getMessage().contains("io.usiem.parser.windows") && e.getMessage().contains("Mars/Olympus"), e.getMessage());
    }

    @Test
    void zoneAppliesToTimesWithoutOffsetAndMessageCanBeDropped() {
        WindowsEventParser parser = new WindowsEventParser(config("Europe/Madrid", false));
        String line = "{\"EventID\":4689,\"Channel\":\"Security\",\"Hostname\":\"WKS\",\"TimeCreated\":\"2024-07-01 12:00:00.000\","
                + "\"Message\":\"A process has exited.\",\"ProcessName\":\"C:\\\\Windows\\\\notepad.exe\",\"ProcessId\":\"0x10\"}";
        var e = parser.parse(RawLog.of(line)).events().get(0);
        assertEquals(java.time.Instant.parse("2024-07-01T10:00:00Z").getEpochSecond() * 1_000_000_000L, e.eventNanos());
        assertTrue(!e.has(Fields.MESSAGE));
        assertEquals(16, e.getLong(Fields.PROCESS_PID, 0));
    }
}
