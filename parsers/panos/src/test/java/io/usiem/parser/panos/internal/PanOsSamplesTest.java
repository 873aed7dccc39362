package io.usiem.parser.panos.internal;

import io.usiem.api.parser.RawLog;
import io.usiem.api.parser.testing.ParserSamples;

import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Every published sample parses into an event that fills what its category requires and names its logsource. */
class PanOsSamplesTest {
    @Test
    void samplesFillTheirCategorysRequiredFields() {
        ParserSamples.assertFillTheirCategory(new PanOsParser(ZoneOffset.UTC), RawLog::of);
    }
}
