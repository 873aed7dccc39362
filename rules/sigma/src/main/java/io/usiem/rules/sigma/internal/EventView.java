package io.usiem.rules.sigma.internal;

import java.util.List;
import java.util.function.Consumer;

import io.usiem.api.event.FieldVisitor;
import io.usiem.api.event.IpAddress;

import io.usiem.api.event.Event;
import io.usiem.api.event.Field;

/**
 * One event as the rules read it: every value of a field as text (multi-valued fields give all their
 * values), fetched and lower-cased at most once per event whatever the number of rules. Not thread-safe:
 * the engine keeps one per thread and rule set and {@link #reset resets} it per event, so evaluating an
 * event allocates nothing for the fields it does not read.
 */
final class EventView {
    private static final String[] NONE = new String[0];

    private Event event;
    private final Field[] fields;
    private final String[][] raw;
    private final String[][] folded;
    /** The slots filled for the current event, to clear on reset (far fewer than the rule set's slots). */
    private int[] touched = new int[16];
    private int touchedCount;
    /** Whether the event has arrays of objects (dns.answers): paths into them are resolved by values(), not the table. */
    private int hasObjects = -1;
    private String[] all;
    private String[] allFolded;

    EventView(Event event, Field[] fields) {
        this.event = event;
        this.fields = fields;
        this.raw = new String[fields.length][];
        this.folded = new String[fields.length][];
    }

    private boolean inUse;
    private long[] ruleBits = new long[0];

    /**
     * @param words 64-rule words a bucket needs
     * @return this view's rule bit set, at least that long, its first {@code words} words cleared
     */
    long[] ruleBits(int words) {
        if (ruleBits.length < words) {
            ruleBits = new long[words];
        } else {
            java.util.Arrays.fill(ruleBits, 0, words, 0L);
        }
        return ruleBits;
    }

    private final long[] scratchBit = new long[1];

    /** @return a cleared one-word bit set for a test's own scanner (apart from the rule bits being read) */
    long[] scratchBit() {
        scratchBit[0] = 0;
        return scratchBit;
    }

    /** @return whether the view is lent out for an event (see {@link #release}) */
    boolean inUse() {
        return inUse;
    }

    /** Ends the evaluation of the current event; the view may be reset for the next one. */
    void release() {
        inUse = false;
    }

    /** @param next the next event to view; forgets everything read from the previous one */
    void reset(Event next) {
        inUse = true;
        for (int i = 0; i < touchedCount; i++) {
            raw[touched[i]] = null;
            folded[touched[i]] = null;
        }
        touchedCount = 0;
        hasObjects = -1;
        all = null;
        allFolded = null;
        event = next;
    }

    Event event() {
        return event;
    }

    /** @param slot a field slot @return its values as text, empty when absent */
    String[] raw(int slot) {
        String[] r = raw[slot];
        if (r == null) {
            Field f = fields[slot];
            // One lookup: most slots a rule set reads are absent from a given event.
            Object v = event.get(f);
            if (v instanceof String) {
                r = new String[] {(String) v};
            } else if (v instanceof List) {
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) v;
                r = texts(list);
            } else if (v != null) {
                String t = text(v);
                r = t == null ? NONE : new String[] {t};
            } else if (objects()) {
                r = texts(event.values(f));
            } else {
                r = NONE;
            }
            raw[slot] = r;
            touch(slot);
        }
        return r;
    }

    private void touch(int slot) {
        if (touchedCount == touched.length) {
            touched = java.util.Arrays.copyOf(touched, touchedCount * 2);
        }
        touched[touchedCount++] = slot;
    }

    private boolean objects() {
        if (hasObjects < 0) {
            hasObjects = 0;
            for (int i = 0, n = event.fieldCount(); i < n; i++) {
                if (event.fieldAt(i).type() == io.usiem.api.event.FieldType.OBJECT_LIST) {
                    hasObjects = 1;
                    break;
                }
            }
        }
        return hasObjects == 1;
    }

    /**
     * Hands every scalar value of the event to the consumer as text without collecting them (the keyword
     * prefilter's scan); the raw message when the event has no fields.
     *
     * @param numbers whether numbers and IP addresses are wanted (their text is made for the call)
     * @param consumer receives each value
     */
    void forEachValue(boolean numbers, Consumer<String> consumer) {
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
                if (numbers) {
                    consumer.accept(value.toString());
                }
            }

            @Override
            public void longValue(Field f, long value) {
                if (numbers) {
                    consumer.accept(Long.toString(value));
                }
            }

            @Override
            public void list(Field f, List<String> values) {
                values.forEach(consumer);
            }
        });
    }

    private final ScanText text = new ScanText();

    /** Scans one value with a scanner (see {@link ScanText#mark}). */
    void mark(PatternScanner s, String value, long[] bits) {
        text.mark(s, value, bits);
    }

    /** The keyword prefilter's scan of every value of the event (see {@link ScanText#scanValues}). */
    void scanValues(PatternScanner s, long[] bits) {
        text.scanValues(event, all, s, bits);
    }

    /** @param slot a field slot @return its values lower-cased */
    String[] folded(int slot) {
        String[] f = folded[slot];
        if (f == null) {
            // raw() touches the slot, so reset clears this entry too.
            f = fold(raw(slot));
            folded[slot] = f;
        }
        return f;
    }

    /** @param slot a field slot @return whether the event has the field */
    boolean exists(int slot) {
        return raw(slot).length > 0 || event.has(fields[slot]);
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
