package io.usiem.parser.windows.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A record kept for the next line carries nothing of the last one: every field, added ones too, is reset. */
class WinRecordResetTest {
    /** Kept on purpose: the key table and the (emptied) value arrays. */
    private static final Set<String> KEPT = Set.of("keys", "names", "values", "fields");

    @Test
    void resetLeavesARecordAsNew() throws ReflectiveOperationException {
        WinRecord used = new WinRecord();
        for (int i = 0; i < 40; i++) {
            used.put("Name" + i, "v" + i);
        }
        for (Field f : WinRecord.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || KEPT.contains(f.getName()) || "size".equals(f.getName())) {
                continue;
            }
            f.setAccessible(true);
            Class<?> t = f.getType();
            if (t == String.class) {
                f.set(used, "x");
            } else if (t == int.class) {
                f.setInt(used, 5);
            } else if (t == boolean.class) {
                f.setBoolean(used, true);
            } else if (t == WinRecord.Shape.class) {
                f.set(used, WinRecord.Shape.EVTX);
            } else if (t == List.class) {
                f.set(used, List.of("x"));
            } else {
                fail("reset() and this test do not know field " + f.getName() + " of type " + t);
            }
        }
        used.reset();
        WinRecord fresh = new WinRecord();
        for (Field f : WinRecord.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && !KEPT.contains(f.getName())) {
                f.setAccessible(true);
                assertEquals(f.get(fresh), f.get(used), f.getName());
            }
        }
        for (int i = 0; i < used.names.length; i++) {
            assertNull(used.names[i]);
            assertNull(used.values[i]);
            assertNull(used.fields[i]);
        }
        assertNull(used.get("Name1"));
    }
}
