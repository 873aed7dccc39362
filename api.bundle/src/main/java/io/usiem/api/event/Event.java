package io.usiem.api.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One normalized security event. Immutable: a stage builds it with {@link Builder} and hands it on;
 * a later stage that adds fields builds a new event from {@link #toBuilder()}.
 *
 * <p>The header holds what every event has (raw message, received and event time, origin, tenant,
 * observer vendor/product, source type, category, tags). Normalized values live in a compact table of
 * field keys with a reference slot and a primitive slot each, so numbers, timestamps and booleans are
 * not boxed and no map is allocated per event. Lookups scan the table, which for the 5-40 fields of a
 * real event is faster than hashing.
 */
public final class Event {
    /** Tenant of events that name none. */
    public static final String DEFAULT_TENANT = "default";

    private static final String[] NO_TAGS = new String[0];
    private static final Field[] NO_FIELDS = new Field[0];
    private static final Object[] NO_REFS = new Object[0];
    private static final long[] NO_PRIMS = new long[0];
    private static final int INITIAL_FIELDS = 16;
    private static final int INDEX_THRESHOLD = 6;

    private final long sequence;
    private final String raw;
    private final long receivedNanos;
    private final long eventNanos;
    private final String originHost;
    private final IpAddress originIp;
    private final String tenant;
    private final String observerVendor;
    private final String observerProduct;
    private final String sourceType;
    private final EventCategory category;
    private final String[] tags;
    private final Field[] keys;
    private final Object[] refs;
    private final long[] prims;
    private final int size;
    /** Open-addressing index from field hash to table position + 1; null for small tables, scanned instead. */
    private final byte[] index;

    private Event(Builder b) {
        this.sequence = b.sequence;
        this.raw = b.raw;
        this.receivedNanos = b.receivedNanos;
        this.eventNanos = b.eventNanos != 0 ? b.eventNanos : b.receivedNanos;
        this.originHost = b.originHost;
        this.originIp = b.originIp;
        this.tenant = b.tenant;
        this.observerVendor = b.observerVendor;
        this.observerProduct = b.observerProduct;
        this.sourceType = b.sourceType;
        this.category = b.category;
        this.tags = b.tagCount == 0 ? NO_TAGS : Arrays.copyOf(b.tags, b.tagCount);
        this.size = b.size;
        if (b.size == 0) {
            this.keys = NO_FIELDS;
            this.refs = NO_REFS;
            this.prims = NO_PRIMS;
        } else {
            // The event takes the builder's arrays as they are; the builder copies them before changing
            // anything again (copy-on-write), so the common build-once path copies nothing.
            this.keys = b.keys;
            this.refs = b.refs;
            this.prims = b.prims;
            b.shared = true;
        }
        this.index = size > INDEX_THRESHOLD && size <= Byte.MAX_VALUE ? buildIndex(keys, size) : null;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private static byte[] buildIndex(Field[] keys, int size) {
        int capacity = Integer.highestOneBit(size * 2 - 1) << 1;
        int mask = capacity - 1;
        byte[] idx = new byte[capacity];
        for (int i = 0; i < size; i++) {
            int slot = spread(keys[i].hashCode()) & mask;
            while (idx[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            idx[slot] = (byte) (i + 1);
        }
        return idx;
    }

    /**
     * @param raw the raw message as received
     * @return a builder for a new event
     */
    public static Builder builder(String raw) {
        return new Builder().raw(raw);
    }

    /** @return a builder holding a copy of this event, to build a changed event from */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.sequence = sequence;
        b.raw = raw;
        b.receivedNanos = receivedNanos;
        b.eventNanos = eventNanos;
        b.originHost = originHost;
        b.originIp = originIp;
        b.tenant = tenant;
        b.observerVendor = observerVendor;
        b.observerProduct = observerProduct;
        b.sourceType = sourceType;
        b.category = category;
        if (tags.length > 0) {
            b.tags = Arrays.copyOf(tags, tags.length + 2);
            b.tagCount = tags.length;
        }
        if (size > 0) {
            // Shared until the builder first writes, so a copy that only adds a tag copies no field table.
            b.keys = keys;
            b.refs = refs;
            b.prims = prims;
            b.size = size;
            b.shared = true;
        }
        return b;
    }

    /** @return the kernel's ingest sequence number (unique per node and journal), 0 before ingest */
    public long sequence() {
        return sequence;
    }

    /** @return the message exactly as received (ECS {@code event.original}) */
    public String raw() {
        return raw;
    }

    /** @return when uSIEM received the message, nanoseconds since the epoch */
    public long receivedNanos() {
        return receivedNanos;
    }

    /** @return when the event happened according to the log, or the received time when unknown */
    public long eventNanos() {
        return eventNanos;
    }

    /** @return host name of the device the log came from, or null */
    public String originHost() {
        return originHost;
    }

    /** @return address of the device the log came from, or null */
    public IpAddress originIp() {
        return originIp;
    }

    /** @return the tenant the event belongs to, never null */
    public String tenant() {
        return tenant;
    }

    /** @return vendor of the observing device or software, or null */
    public String observerVendor() {
        return observerVendor;
    }

    /** @return product of the observing device or software, or null */
    public String observerProduct() {
        return observerProduct;
    }

    /** @return the source type the event was parsed as (for example {@code syslog}), or null */
    public String sourceType() {
        return sourceType;
    }

    /** @return the typed category, never null */
    public EventCategory category() {
        return category;
    }

    /** @return the tags, immutable */
    public List<String> tags() {
        return tags.length == 0 ? Collections.emptyList() : Collections.unmodifiableList(Arrays.asList(tags));
    }

    /**
     * @param tag a tag
     * @return whether the event carries it
     */
    public boolean hasTag(String tag) {
        for (String t : tags) {
            if (t.equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** @return number of normalized fields */
    public int fieldCount() {
        return size;
    }

    /**
     * @param index 0 to {@link #fieldCount()} - 1
     * @return the field at that position of the table
     */
    public Field fieldAt(int index) {
        Objects.checkIndex(index, size);
        return keys[index];
    }

    private int indexOf(Field f) {
        Field[] k = keys;
        byte[] idx = index;
        if (idx != null) {
            int mask = idx.length - 1;
            int hash = f.hashCode();
            int slot = spread(hash) & mask;
            boolean dynamic = f.isDynamic();
            for (int pos = idx[slot]; pos != 0; slot = (slot + 1) & mask, pos = idx[slot]) {
                Field x = k[pos - 1];
                if (x == f || (dynamic && x.hashCode() == hash && x.name().equals(f.name()))) {
                    return pos - 1;
                }
            }
            return -1;
        }
        int n = size;
        if (!f.isDynamic()) {
            // Dictionary fields are canonical instances: identity is equality.
            for (int i = 0; i < n; i++) {
                if (k[i] == f) {
                    return i;
                }
            }
            return -1;
        }
        int hash = f.hashCode();
        for (int i = 0; i < n; i++) {
            Field x = k[i];
            if (x == f || (x.hashCode() == hash && x.name().equals(f.name()))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param field a field
     * @return whether the event has a value for it
     */
    public boolean has(Field field) {
        return indexOf(field) >= 0;
    }

    /**
     * @param field a KEYWORD or TEXT field
     * @return its value, or null when absent or not a string field
     */
    public String getText(Field field) {
        int i = indexOf(field);
        return i >= 0 && refs[i] instanceof String ? (String) refs[i] : null;
    }

    /**
     * @param field an IP field
     * @return its value, or null
     */
    public IpAddress getIp(Field field) {
        int i = indexOf(field);
        return i >= 0 && refs[i] instanceof IpAddress ? (IpAddress) refs[i] : null;
    }

    /**
     * @param field a LONG field
     * @param absent value returned when the field is missing or not a LONG
     * @return the value
     */
    public long getLong(Field field, long absent) {
        int i = indexOf(field);
        return i >= 0 && keys[i].type() == FieldType.LONG ? prims[i] : absent;
    }

    /**
     * @param field a DOUBLE field
     * @param absent value returned when the field is missing or not a DOUBLE
     * @return the value
     */
    public double getDouble(Field field, double absent) {
        int i = indexOf(field);
        return i >= 0 && keys[i].type() == FieldType.DOUBLE ? Double.longBitsToDouble(prims[i]) : absent;
    }

    /**
     * @param field a TIMESTAMP field
     * @param absent value returned when the field is missing or not a TIMESTAMP
     * @return nanoseconds since the epoch
     */
    public long getTimestamp(Field field, long absent) {
        int i = indexOf(field);
        return i >= 0 && keys[i].type() == FieldType.TIMESTAMP ? prims[i] : absent;
    }

    /**
     * @param field a KEYWORD_LIST field
     * @return the immutable values, or an empty list
     */
    @SuppressWarnings("unchecked")
    public List<String> getList(Field field) {
        int i = indexOf(field);
        return i >= 0 && refs[i] instanceof List ? (List<String>) refs[i] : Collections.emptyList();
    }

    /**
     * Returns any value boxed: String, IpAddress, Long, Double, Boolean, List of String, or for a
     * TIMESTAMP a Long of epoch nanoseconds. For code off the hot path; stages use typed getters.
     *
     * @param field a field
     * @return the value, or null when absent
     */
    public Object get(Field field) {
        int i = indexOf(field);
        return i < 0 ? null : valueAt(i);
    }

    /**
     * Renders a value as text, the form rules compare against: IPs canonical, numbers in decimal,
     * timestamps in ISO-8601, lists joined by commas.
     *
     * @param field a field
     * @return the text, or null when absent
     */
    public String getAsString(Field field) {
        int i = indexOf(field);
        if (i < 0) {
            return null;
        }
        switch (keys[i].type()) {
            case KEYWORD:
            case TEXT:
                return (String) refs[i];
            case TIMESTAMP:
                return EventJsonWriter.isoTime(prims[i]);
            case KEYWORD_LIST:
                return String.join(",", getList(keys[i]));
            default:
                return String.valueOf(valueAt(i));
        }
    }

    private Object valueAt(int i) {
        switch (keys[i].type()) {
            case LONG:
            case TIMESTAMP:
                return prims[i];
            case DOUBLE:
                return Double.longBitsToDouble(prims[i]);
            case BOOLEAN:
                return prims[i] != 0;
            default:
                return refs[i];
        }
    }

    /**
     * Walks the fields in table order with their typed values.
     *
     * @param visitor receives each field
     */
    @SuppressWarnings("unchecked")
    public void forEach(FieldVisitor visitor) {
        for (int i = 0; i < size; i++) {
            Field f = keys[i];
            switch (f.type()) {
                case KEYWORD:
                case TEXT:
                    visitor.text(f, (String) refs[i]);
                    break;
                case IP:
                    visitor.ip(f, (IpAddress) refs[i]);
                    break;
                case LONG:
                    visitor.longValue(f, prims[i]);
                    break;
                case DOUBLE:
                    visitor.doubleValue(f, Double.longBitsToDouble(prims[i]));
                    break;
                case TIMESTAMP:
                    visitor.timestamp(f, prims[i]);
                    break;
                case BOOLEAN:
                    visitor.booleanValue(f, prims[i] != 0);
                    break;
                case KEYWORD_LIST:
                    visitor.list(f, (List<String>) refs[i]);
                    break;
                default:
                    throw new IllegalStateException("unknown type " + f.type());
            }
        }
    }

    /** @return the event as one line of JSON, see {@link EventJsonWriter} */
    @Override
    public String toString() {
        return EventJsonWriter.toJson(this);
    }

    /**
     * Builds an {@link Event}. Not thread-safe; a builder is used by one stage for one event. Setting a
     * field that is already set replaces its value.
     */
    public static final class Builder {
        private long sequence;
        private String raw = "";
        private long receivedNanos;
        private long eventNanos;
        private String originHost;
        private IpAddress originIp;
        private String tenant = DEFAULT_TENANT;
        private String observerVendor;
        private String observerProduct;
        private String sourceType;
        private EventCategory category = EventCategory.GENERIC;
        private String[] tags;
        private int tagCount;
        private Field[] keys;
        private Object[] refs;
        private long[] prims;
        private int size;
        /** True while the arrays belong to a built event too; the next write copies them first. */
        private boolean shared;

        Builder() {
            // Empty until the first field: toBuilder() and field-less events allocate no table.
            keys = NO_FIELDS;
            refs = NO_REFS;
            prims = NO_PRIMS;
        }

        private void ensureWritable(int needed) {
            if (shared || needed > keys.length) {
                int cap = Math.max(keys.length, INITIAL_FIELDS);
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
        public Builder sequence(long value) {
            this.sequence = value;
            return this;
        }

        /** @param value the raw message @return this */
        public Builder raw(String value) {
            this.raw = value == null ? "" : value;
            return this;
        }

        /** @param epochNanos received time @return this */
        public Builder receivedNanos(long epochNanos) {
            this.receivedNanos = epochNanos;
            return this;
        }

        /** @param epochNanos event time from the log; 0 means unknown @return this */
        public Builder eventNanos(long epochNanos) {
            this.eventNanos = epochNanos;
            return this;
        }

        /** @param host origin host name @return this */
        public Builder originHost(String host) {
            this.originHost = host;
            return this;
        }

        /** @param ip origin address @return this */
        public Builder originIp(IpAddress ip) {
            this.originIp = ip;
            return this;
        }

        /** @param value tenant; null means {@link Event#DEFAULT_TENANT} @return this */
        public Builder tenant(String value) {
            this.tenant = value == null ? DEFAULT_TENANT : value;
            return this;
        }

        /** @param vendor observer vendor @param product observer product @return this */
        public Builder observer(String vendor, String product) {
            this.observerVendor = vendor;
            this.observerProduct = product;
            return this;
        }

        /** @param value source type @return this */
        public Builder sourceType(String value) {
            this.sourceType = value;
            return this;
        }

        /** @param value category, null means GENERIC @return this */
        public Builder category(EventCategory value) {
            this.category = value == null ? EventCategory.GENERIC : value;
            return this;
        }

        /** @return the category set so far */
        public EventCategory category() {
            return category;
        }

        /** @param tag a tag to add; added once however often it is given @return this */
        public Builder tag(String tag) {
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

        private int slot(Field f, FieldType expected) {
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
        public Builder set(Field field, String value) {
            if (value == null) {
                return remove(field);
            }
            int i = slot(field, field.type() == FieldType.TEXT ? FieldType.TEXT : FieldType.KEYWORD);
            refs[i] = value;
            prims[i] = 0;
            return this;
        }

        /** @param field an IP field @param value the address; null removes @return this */
        public Builder set(Field field, IpAddress value) {
            if (value == null) {
                return remove(field);
            }
            int i = slot(field, FieldType.IP);
            refs[i] = value;
            prims[i] = 0;
            return this;
        }

        /** @param field a LONG field @param value the value @return this */
        public Builder set(Field field, long value) {
            int i = slot(field, FieldType.LONG);
            refs[i] = null;
            prims[i] = value;
            return this;
        }

        /** @param field a DOUBLE field @param value the value @return this */
        public Builder set(Field field, double value) {
            int i = slot(field, FieldType.DOUBLE);
            refs[i] = null;
            prims[i] = Double.doubleToRawLongBits(value);
            return this;
        }

        /** @param field a BOOLEAN field @param value the value @return this */
        public Builder set(Field field, boolean value) {
            int i = slot(field, FieldType.BOOLEAN);
            refs[i] = null;
            prims[i] = value ? 1 : 0;
            return this;
        }

        /** @param field a KEYWORD_LIST field @param values the values (copied); null removes @return this */
        public Builder set(Field field, List<String> values) {
            if (values == null) {
                return remove(field);
            }
            int i = slot(field, FieldType.KEYWORD_LIST);
            refs[i] = List.copyOf(values);
            prims[i] = 0;
            return this;
        }

        /** @param field a TIMESTAMP field @param epochNanos nanoseconds since the epoch @return this */
        public Builder setTimestamp(Field field, long epochNanos) {
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
        public Builder remove(Field field) {
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
}
