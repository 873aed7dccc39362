package io.usiem.rules.sigma.internal;

import java.util.List;
import java.util.function.Consumer;

import io.usiem.api.event.FieldVisitor;
import io.usiem.api.event.IpAddress;
import java.util.Map;

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
    private final Map<String, Integer> slotByName;
    private final String[][] raw;
    private final String[][] folded;
    /** Which slots the event has, found by one pass over the event's fields (not one lookup per rule field). */
    private boolean[] present;
    private boolean hasObjects;
    private String[] all;
    private String[] allFolded;

    EventView(Event event, Field[] fields, Map<String, Integer> slotByName) {
        this.event = event;
        this.fields = fields;
        this.slotByName = slotByName;
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
            if (present == null) {
                findPresent();
            }
            // Paths into arrays of objects (dns.answers.data) are not table fields; values() resolves them.
            r = raw[slot];
            if (r == null) {
                r = present[slot] || hasObjects ? texts(event.values(fields[slot])) : NONE;
                raw[slot] = r;
            }
        }
        return r;
    }

    /** One pass over the event's table: marks the slots it has and keeps single text values, which most are. */
    private void findPresent() {
        present = new boolean[fields.length];
        event.forEach(new FieldVisitor() {
            @Override
            public void text(Field f, String value) {
                Integer slot = slotByName.get(f.name());
                if (slot != null) {
                    present[slot] = true;
                    raw[slot] = new String[] {value};
                }
            }

            @Override
            public void ip(Field f, IpAddress value) {
                mark(f);
            }

            @Override
            public void longValue(Field f, long value) {
                mark(f);
            }

            @Override
            public void doubleValue(Field f, double value) {
                mark(f);
            }

            @Override
            public void timestamp(Field f, long epochNanos) {
                mark(f);
            }

            @Override
            public void booleanValue(Field f, boolean value) {
                mark(f);
            }

            @Override
            public void list(Field f, List<String> values) {
                mark(f);
            }

            @Override
            public void ipList(Field f, List<IpAddress> values) {
                mark(f);
            }

            @Override
            public void longList(Field f, List<Long> values) {
                mark(f);
            }

            @Override
            public void doubleList(Field f, List<Double> values) {
                mark(f);
            }

            @Override
            public void objectList(Field f, List<Map<String, Object>> values) {
                hasObjects = true;
                mark(f);
            }
        });
    }

    private void mark(Field f) {
        Integer slot = slotByName.get(f.name());
        if (slot != null) {
            present[slot] = true;
        }
    }

    /**
     * Hands every scalar value of the event to the consumer as text without collecting them (the keyword
     * prefilter's scan); the raw message when the event has no fields.
     *
     * @param consumer receives each value
     */
    void forEachValue(Consumer<String> consumer) {
        if (all != null) {
            for (String v : all) {
                consumer.accept(v);
            }
            return;
        }
        if (event.fieldCount() == 0) {
            if (event.raw() != null && !event.raw().isEmpty()) {
                consumer.accept(event.raw());
            }
            return;
        }
        event.forEach(new FieldVisitor() {
            @Override
            public void text(Field f, String value) {
                consumer.accept(value);
            }

            @Override
            public void ip(Field f, IpAddress value) {
                consumer.accept(value.toString());
            }

            @Override
            public void longValue(Field f, long value) {
                consumer.accept(Long.toString(value));
            }

            @Override
            public void list(Field f, List<String> values) {
                values.forEach(consumer);
            }
        });
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
        if (present == null) {
            findPresent();
        }
        return present[slot] || raw(slot).length > 0;
    }

    /**
     * @return every text value of the event, for keyword searches: its fields, or the raw message when no
     *     parser gave it fields (a parsed event's raw message repeats its values)
     */
    String[] allValues() {
        if (all == null) {
            java.util.ArrayList<String> out = new java.util.ArrayList<>();
            if (event.fieldCount() == 0 && event.raw() != null && !event.raw().isEmpty()) {
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
