package io.usiem.rules.sigma.internal;

import java.util.List;

import io.usiem.api.event.Event;
import io.usiem.api.event.Field;

/**
 * One event as the rules read it: every value of a field as text (multi-valued fields give all their
 * values), fetched and lower-cased at most once per event whatever the number of rules. Not thread-safe:
 * one view per evaluation.
 */
final class EventView {
    private static final String[] NONE = new String[0];

    private final Event event;
    private final Field[] fields;
    private final String[][] raw;
    private final String[][] folded;
    private String[] all;
    private String[] allFolded;

    EventView(Event event, Field[] fields) {
        this.event = event;
        this.fields = fields;
        this.raw = new String[fields.length][];
        this.folded = new String[fields.length][];
    }

    Event event() {
        return event;
    }

    /** @param slot a field slot @return its values as text, empty when absent */
    String[] raw(int slot) {
        String[] r = raw[slot];
        if (r == null) {
            r = texts(event.values(fields[slot]));
            raw[slot] = r;
        }
        return r;
    }

    /** @param slot a field slot @return its values lower-cased */
    String[] folded(int slot) {
        String[] f = folded[slot];
        if (f == null) {
            f = fold(raw(slot));
            folded[slot] = f;
        }
        return f;
    }

    /** @param slot a field slot @return whether the event has the field */
    boolean exists(int slot) {
        return event.has(fields[slot]) || raw(slot).length > 0;
    }

    /** @return every text value of the event (the raw message and all fields), for keyword searches */
    String[] allValues() {
        if (all == null) {
            java.util.ArrayList<String> out = new java.util.ArrayList<>();
            if (event.raw() != null && !event.raw().isEmpty()) {
                out.add(event.raw());
            }
            for (int i = 0; i < event.fieldCount(); i++) {
                for (Object o : event.values(event.fieldAt(i))) {
                    String s = text(o);
                    if (s != null) {
                        out.add(s);
                    }
                }
            }
            all = out.toArray(NONE);
        }
        return all;
    }

    /** @return {@link #allValues()} lower-cased */
    String[] allFolded() {
        if (allFolded == null) {
            allFolded = fold(allValues());
        }
        return allFolded;
    }

    private static String[] fold(String[] r) {
        if (r.length == 0) {
            return r;
        }
        String[] f = new String[r.length];
        for (int i = 0; i < r.length; i++) {
            f[i] = TextTests.fold(r[i]);
        }
        return f;
    }

    private static String[] texts(List<Object> values) {
        int n = values.size();
        if (n == 0) {
            return NONE;
        }
        if (n == 1) {
            String s = text(values.get(0));
            return s == null ? NONE : new String[] {s};
        }
        String[] out = new String[n];
        int k = 0;
        for (Object o : values) {
            String s = text(o);
            if (s != null) {
                out[k++] = s;
            }
        }
        return k == n ? out : java.util.Arrays.copyOf(out, k);
    }

    private static String text(Object o) {
        if (o == null || o instanceof java.util.Map) {
            return null;
        }
        if (o instanceof String) {
            return (String) o;
        }
        if (o instanceof Double) {
            double d = (Double) o;
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
        }
        return String.valueOf(o);
    }
}
