package io.usiem.rules.sigma.internal;

import java.util.List;

import io.usiem.api.event.Event;
import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;

/** Reads the value a correlation groups or aggregates on from a matched event. */
final class CorrelationValues {
    private CorrelationValues() {
    }

    /** @param event a matched event @param fields the event fields a Sigma field maps to @return the first value found, or null */
    static String read(Event event, List<String> fields) {
        for (String f : fields) {
            for (Object o : event.values(Field.of(f, FieldType.KEYWORD))) {
                if (o != null) {
                    return o.toString();
                }
            }
        }
        return null;
    }
}
