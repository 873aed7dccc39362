package io.usiem.parser.cloudtrail.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Event;
import io.usiem.api.event.Fields;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The S3 file form: one event per record, each with its own sequence and its own record as original. */
class RecordsFileTest {
    @Test
    void eachRecordIsAnEventOfItsOwn() {
        StringBuilder file = new StringBuilder("{\"Records\":[");
        for (int i = 0; i < 300; i++) {
            file.append(i == 0 ? "" : ",").append("{\"eventSource\":\"s3.amazonaws.com\",\"eventName\":\"GetObject\",\"eventID\":\"e")
                    .append(i).append("\",\"eventTime\":\"2024-03-01T10:00:00Z\",\"sourceIPAddress\":\"198.51.100.").append(i % 250).append("\"}");
        }
        file.append("]}");
        ParseResult r = new CloudTrailParser().parse(RawLog.of(file.toString()).withSequence(7));
        assertTrue(r.isParsed(), r::toString);
        List<Event> events = r.events();
        assertEquals(300, events.size());
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            assertEquals("e" + i, e.getText(Fields.EVENT_ID));
            assertEquals(i, e.indexInLine());
            assertEquals(7, e.position());
            assertTrue(e.raw().startsWith("{\"eventSource\"") && e.raw().endsWith("}"), e.raw());
        }
    }
}
