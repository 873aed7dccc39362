package io.usiem.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PipelineSettingsTest {
    @Test
    void badConfigurationFailsWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StageSettings("parse", 8192, 3, 2, 256, 2, 20));
        assertEquals("Invalid io.usiem.kernel configuration: parse.workers: need 1 <= min <= max, was 3..2", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new StageSettings("parse", 8, 1, 4, 256, 2, 20));
        assertThrows(IllegalArgumentException.class, () -> new PipelineSettings.Parsers(65536, -1, 2000, 0));
        assertThrows(IllegalArgumentException.class, () -> new PipelineSettings.Sinks(100, 50, 0, null, 1, 1));
    }
}
