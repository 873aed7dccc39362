package io.usiem.rules.sigma.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;

/**
 * Numbers the event fields a rule set reads, so an event's values are looked up and folded once per
 * field however many rules read it. Filled while a rule set compiles, read-only afterwards.
 */
final class FieldSlots {
    private final Map<String, Integer> byName = new HashMap<>();
    private final List<Field> fields = new ArrayList<>();

    /** @param name a target field name @return its slot, allocated on first use */
    synchronized int slot(String name) {
        Integer s = byName.get(name);
        if (s == null) {
            s = fields.size();
            byName.put(name, s);
            fields.add(Field.of(name, FieldType.KEYWORD));
        }
        return s;
    }

    /** @return the fields by slot */
    synchronized Field[] fields() {
        return fields.toArray(new Field[0]);
    }

    /** @return slot by field name, a copy */
    synchronized Map<String, Integer> byName() {
        return new HashMap<>(byName);
    }

    /** @param slot a slot @return its field name */
    synchronized String name(int slot) {
        return fields.get(slot).name();
    }
}
