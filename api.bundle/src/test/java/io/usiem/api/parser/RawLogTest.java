package io.usiem.api.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.usiem.api.event.Event;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;
import io.usiem.api.event.Fields;

import org.junit.jupiter.api.Test;

/** A sized builder makes the same events as an unsized one, below, at and past its hint. */
class RawLogTest {
    private static Event fill(EventBuilder b, int fields) {
        for (int i = 0; i < fields; i++) {
            b.set(Field.of("vendor.f" + i, FieldType.LONG), i);
        }
        return b.build();
    }

    @Test
    void sizedBuilderBuildsTheSameEvent() {
        RawLog.Builder rb = RawLog.builder("<14>x").receivedNanos(1);
        rb.header().set(Fields.LOG_SYSLOG_PRIORITY, 14L);
        RawLog raw = rb.build().withSequence(7);
        for (int fields : new int[] {0, 3, 40, 41, 200}) {
            Event plain = fill(raw.newEventBuilder(1), fields);
            Event sized = fill(raw.newEventBuilder(1, 40), fields);
            assertEquals(plain, sized);
            assertEquals(plain.toString(), sized.toString());
            assertEquals(fields + 1, sized.fieldCount());
            assertEquals(Event.sequenceOf(7, 1), sized.sequence());
        }
        // The header event is not changed by writes to a sized builder.
        assertEquals(1, raw.header().fieldCount());
    }
}
