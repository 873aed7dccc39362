package io.usiem.api.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The dictionary's order is each field's id in the binary codec: records in journals and Kafka topics
 * depend on it. This locks the ids of API 1.0 (fields-1.0.txt); new fields may only follow them.
 */
class FieldsOrderTest {
    @Test
    void idsOfApi10NeverChange() throws IOException {
        List<String> locked;
        try (InputStream in = getClass().getResourceAsStream("/fields-1.0.txt")) {
            locked = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList();
        }
        List<Field> all = new ArrayList<>(Fields.all());
        assertTrue(all.size() >= locked.size(), "fields were removed");
        for (int i = 0; i < locked.size(); i++) {
            Field f = all.get(i);
            assertEquals(locked.get(i), i + " " + f.name() + " " + f.type(), "field id " + i + " changed");
            assertEquals(i, Fields.id(f));
            assertEquals(f, Fields.byId(i));
        }
    }

    @Test
    void noDictionaryFieldTakesAHeaderKey() {
        for (String key : ReservedNames.HEADER_KEYS) {
            assertNull(Fields.byName(key), key);
            assertTrue(Field.isReserved(key), key);
        }
        for (Field f : Fields.all()) {
            assertFalse(f.name().startsWith("usiem."), f.name());
        }
    }
}
