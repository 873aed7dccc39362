package io.usiem.api.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Builds an {@link Event}. Not thread-safe; a builder is used by one stage for one event. Setting a
 * field that is already set replaces its value.
 */
public final class EventBuilder {
    long sequence;
    String raw = "";
    long receivedNanos;
    long eventNanos;
    String originHost;
    IpAddress originIp;
    String tenant = Event.DEFAULT_TENANT;
    String observerVendor;
    String observerProduct;
    String sourceType;
    EventCategory category = EventCategory.GENERIC;
    String[] tags;
    int tagCount;
    Field[] keys;
    Object[] refs;
    long[] prims;
    int size;
    /** True while the arrays belong to a built event too; the next write copies them first. */
    boolean shared;

    EventBuilder() {
        // Empty until the first field: toBuilder() and field-less events allocate no table.
        keys = Event.NO_FIELDS;
        refs = Event.NO_REFS;
        prims = Event.NO_PRIMS;
    }

    private void ensureWritable(int needed) {
        if (shared || needed > keys.length) {
            int cap = Math.max(keys.length, Event.INITIAL_FIELDS);
            while (cap < needed) {
                cap *= 2;
            }
            keys = Arrays.copyOf(keys, cap);
            refs = Arrays.copyOf(refs, cap);
            prims = Arrays.copyOf(prims, cap);
            shared = false;
        }
    }

    /** @param value the ingest sequence number @return this */
    public EventBuilder sequence(long value) {
        this.sequence = value;
        return this;
    }

    /** @param value the raw message @return this */
    public EventBuilder raw(String value) {
        this.raw = value == null ? "" : value;
        return this;
    }

    /** @param epochNanos received time @return this */
    public EventBuilder receivedNanos(long epochNanos) {
        this.receivedNanos = epochNanos;
        return this;
    }

    /** @param epochNanos event time from the log; 0 means unknown @return this */
    public EventBuilder eventNanos(long epochNanos) {
        this.eventNanos = epochNanos;
        return this;
    }

    /** @param host origin host name @return this */
    public EventBuilder originHost(String host) {
        this.originHost = host;
        return this;
    }

    /** @param ip origin address @return this */
    public EventBuilder originIp(IpAddress ip) {
        this.originIp = ip;
        return this;
    }

    /** @param value tenant; null means {@link Event#Event.DEFAULT_TENANT} @return this */
    public EventBuilder tenant(String value) {
        this.tenant = value == null ? Event.DEFAULT_TENANT : value;
        return this;
    }

    /** @param vendor observer vendor @param product observer product @return this */
    public EventBuilder observer(String vendor, String product) {
        this.observerVendor = vendor;
        this.observerProduct = product;
        return this;
    }

    /** @param value source type @return this */
    public EventBuilder sourceType(String value) {
        this.sourceType = value;
        return this;
    }

    /** @param value category, null means GENERIC @return this */
    public EventBuilder category(EventCategory value) {
        this.category = value == null ? EventCategory.GENERIC : value;
        return this;
    }

    /** @return the category set so far */
    public EventCategory category() {
        return category;
    }

    /** @param tag a tag to add; added once however often it is given @return this */
    public EventBuilder tag(String tag) {
        Objects.requireNonNull(tag, "tag");
        for (int i = 0; i < tagCount; i++) {
            if (tags[i].equals(tag)) {
                return this;
            }
        }
        if (tags == null) {
            tags = new String[4];
        } else if (tagCount == tags.length) {
            tags = Arrays.copyOf(tags, tagCount * 2);
        }
        tags[tagCount++] = tag;
        return this;
    }

    int slot(Field f, FieldType expected) {
        if (f.type() != expected && !(isString(f.type()) && isString(expected))) {
            if (!f.isDynamic()) {
                throw new IllegalArgumentException(f.name() + " is " + f.type() + ", not " + expected);
            }
            f = new Field(f.name(), expected, true);
        }
        for (int i = 0; i < size; i++) {
            if (keys[i] == f || keys[i].equals(f)) {
                ensureWritable(size);
                keys[i] = f;
                return i;
            }
        }
        ensureWritable(size + 1);
        keys[size] = f;
        return size++;
    }

    private static boolean isString(FieldType t) {
        return t == FieldType.KEYWORD || t == FieldType.TEXT;
    }

    /**
     * @param field a KEYWORD or TEXT field
     * @param value the value; null removes the field
     * @return this
     */
    public EventBuilder set(Field field, String value) {
        if (value == null) {
            return remove(field);
        }
        int i = slot(field, field.type() == FieldType.TEXT ? FieldType.TEXT : FieldType.KEYWORD);
        refs[i] = value;
        prims[i] = 0;
        return this;
    }

    /** @param field an IP field @param value the address; null removes @return this */
    public EventBuilder set(Field field, IpAddress value) {
        if (value == null) {
            return remove(field);
        }
        int i = slot(field, FieldType.IP);
        refs[i] = value;
        prims[i] = 0;
        return this;
    }

    /** @param field a LONG field @param value the value @return this */
    public EventBuilder set(Field field, long value) {
        int i = slot(field, FieldType.LONG);
        refs[i] = null;
        prims[i] = value;
        return this;
    }

    /** @param field a DOUBLE field @param value the value @return this */
    public EventBuilder set(Field field, double value) {
        int i = slot(field, FieldType.DOUBLE);
        refs[i] = null;
        prims[i] = Double.doubleToRawLongBits(value);
        return this;
    }

    /** @param field a BOOLEAN field @param value the value @return this */
    public EventBuilder set(Field field, boolean value) {
        int i = slot(field, FieldType.BOOLEAN);
        refs[i] = null;
        prims[i] = value ? 1 : 0;
        return this;
    }

    /** @param field a KEYWORD_LIST field @param values the values (copied); null removes @return this */
    public EventBuilder set(Field field, List<String> values) {
        if (values == null) {
            return remove(field);
        }
        int i = slot(field, FieldType.KEYWORD_LIST);
        refs[i] = List.copyOf(values);
        prims[i] = 0;
        return this;
    }

    /** @param field a TIMESTAMP field @param epochNanos nanoseconds since the epoch @return this */
    public EventBuilder setTimestamp(Field field, long epochNanos) {
        int i = slot(field, FieldType.TIMESTAMP);
        refs[i] = null;
        prims[i] = epochNanos;
        return this;
    }

    /**
     * Converts text to the field's type and sets it; how parsers fill typed fields from log text.
     * A dynamic field keeps the text as a keyword.
     *
     * @param field the field
     * @param text the value as written in the log
     * @return false when the text is not a valid value of the field's type (nothing is set)
     */
    public boolean setFromText(Field field, String text) {
        if (text == null) {
            return false;
        }
        switch (field.type()) {
            case KEYWORD:
            case TEXT:
                set(field, text);
                return true;
            case IP: {
                IpAddress ip = IpAddress.tryParse(text);
                if (ip == null) {
                    return false;
                }
                set(field, ip);
                return true;
            }
            case LONG: {
                long v = parseLong(text);
                if (v == Long.MIN_VALUE) {
                    return false;
                }
                set(field, v);
                return true;
            }
            case DOUBLE:
                try {
                    set(field, Double.parseDouble(text));
                    return true;
                } catch (NumberFormatException e) {
                    return false;
                }
            case BOOLEAN:
                if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
                    set(field, Boolean.parseBoolean(text));
                    return true;
                }
                return false;
            case KEYWORD_LIST:
                set(field, List.of(text));
                return true;
            default:
                return false;
        }
    }

    /** Parses a decimal long without exceptions; Long.MIN_VALUE means invalid. */
    private static long parseLong(String s) {
        int n = s.length();
        if (n == 0 || n > 19 || (n == 19 && s.charAt(0) != '-' && s.charAt(0) != '+')) {
            return Long.MIN_VALUE;
        }
        int i = 0;
        boolean neg = false;
        if (s.charAt(0) == '-' || s.charAt(0) == '+') {
            neg = s.charAt(0) == '-';
            i = 1;
            if (n == 1) {
                return Long.MIN_VALUE;
            }
        }
        long v = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return Long.MIN_VALUE;
            }
            v = v * 10 + (c - '0');
        }
        return neg ? -v : v;
    }

    /** @param field a field to remove @return this */
    public EventBuilder remove(Field field) {
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(field)) {
                ensureWritable(size);
                int tail = size - i - 1;
                System.arraycopy(keys, i + 1, keys, i, tail);
                System.arraycopy(refs, i + 1, refs, i, tail);
                System.arraycopy(prims, i + 1, prims, i, tail);
                size--;
                keys[size] = null;
                refs[size] = null;
                return this;
            }
        }
        return this;
    }

    /** @param field a field @return whether it is set */
    public boolean has(Field field) {
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(field)) {
                return true;
            }
        }
        return false;
    }

    /** @return the event; the builder may be used again for a further event */
    public Event build() {
        return new Event(this);
    }

    /** @return the tags added so far */
    public List<String> tags() {
        return tagCount == 0 ? new ArrayList<>() : new ArrayList<>(Arrays.asList(tags).subList(0, tagCount));
    }
}
