package io.usiem.api.event;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One normalized security event. Immutable: a stage builds it with {@link EventBuilder} and hands it on;
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
    static final Field[] NO_FIELDS = new Field[0];
    static final Object[] NO_REFS = new Object[0];
    static final long[] NO_PRIMS = new long[0];
    static final int INITIAL_FIELDS = 16;

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

    Event(EventBuilder b) {
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
        this.index = FieldIndex.build(keys, size);
    }

    /**
     * @param raw the raw message as received
     * @return a builder for a new event
     */
    public static EventBuilder builder(String raw) {
        return new EventBuilder().raw(raw);
    }

    /** @return a builder holding a copy of this event, to build a changed event from */
    public EventBuilder toBuilder() {
        EventBuilder b = new EventBuilder();
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
        if (index != null) {
            return FieldIndex.find(index, k, f);
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
}
