package io.usiem.api.parser.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.usiem.api.parser.RawLog;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ParserSamplesTest {
    private final StubParser stub = new StubParser("\u0000never");

    @Test
    void samplesMustParse() {
        ParserSamples.assertAllParse(stub, RawLog::of);
        assertThrows(AssertionFailedError.class, () -> ParserSamples.assertAllParse(stub, line -> RawLog.of("#")));
    }

    @Test
    void samplesMustFillTheirCategoryAndNameADeclaredLogsource() {
        // The stub's events have no logsource: the stricter check refuses them.
        assertThrows(AssertionFailedError.class, () -> ParserSamples.assertFillTheirCategory(stub, RawLog::of));
    }
}
