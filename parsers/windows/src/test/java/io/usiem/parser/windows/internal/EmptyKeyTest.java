package io.usiem.parser.windows.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.usiem.api.event.Event;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** An empty JSON key (a mutation the fuzz seeds did not reach) is ignored, not a StringIndexOutOfBoundsException. */
class EmptyKeyTest {
    private final WindowsEventParser parser = new WindowsEventParser(ZoneOffset.UTC, true);

    private Event parsed(String line) {
        ParseResult r = parser.parse(RawLog.of(line));
        assertEquals(ParseResult.Kind.PARSED, r.kind(), line);
        return r.events().get(0);
    }

    @Test
    void emptyEventDataNameIsIgnored() {
        Event e = parsed("{\"Event\":{\"System\":{\"EventID\":4624,\"Channel\":\"Security\",\"Computer\":\"WKS-042\"},"
                + "\"EventData\":{\"\":\"x\",\"TargetUserName\":\"bob\"}}}");
        assertEquals("bob", e.getText(io.usiem.api.event.Field.of(WinFields.EVENT_DATA_PREFIX + "TargetUserName")));
    }

    @Test
    void emptyNameInsideAnElementIsIgnored() {
        parsed("{\"Event\":{\"System\":{\"EventID\":4624,\"Channel\":\"Security\"},"
                + "\"EventData\":{\"Data\":[],\"Param\":{\"\":\"x\",\"#text\":\"v\"}}}}");
    }

    @Test
    void emptySystemAttributeNameIsIgnored() {
        Event e = parsed("{\"Event\":{\"System\":{\"Provider\":{\"#attributes\":{\"\":\"x\",\"Name\":\"Microsoft-Windows-Security-Auditing\"}},"
                + "\"EventID\":4624,\"Channel\":\"Security\"}}}");
        assertFalse(e.toString().isEmpty());
    }
}
