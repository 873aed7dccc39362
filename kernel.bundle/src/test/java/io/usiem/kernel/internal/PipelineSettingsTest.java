package io.usiem.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PipelineSettingsTest {
    @Test
    void badConfigurationFailsWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PipelineSettings(8192, 3, 2, 1, 4, 1, 4, 256, 500, 2, 20, 3, 65536, 5000, 2000));
        assertEquals("Invalid io.usiem.kernel configuration: parse.workers: need 1 <= min <= max, was 3..2", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new PipelineSettings(8, 1, 4, 1, 4, 1, 4, 256, 500, 2, 20, 3, 65536, 5000, 2000));
        assertThrows(IllegalArgumentException.class,
                () -> new PipelineSettings(8192, 1, 4, 1, 4, 1, 4, 256, 500, 2, 20, 3, 65536, -1, 2000));
        assertEquals(5000, PipelineSettings.defaults().parserGraceMillis());
    }
}
