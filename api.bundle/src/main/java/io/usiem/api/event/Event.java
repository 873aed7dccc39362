package io.usiem.api.event;

import org.jspecify.annotations.Nullable;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
    private final EventKind kind;
    private final int ecsCategories;
    private final int ecsTypes;
    private final LogSource logSource;
    private final boolean eventTimeKnown;
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
        this.eventTimeKnown = b.eventNanos != 0;
        this.eventNanos = b.eventNanos != 0 ? b.eventNanos : b.receivedNanos;
        this.originHost = b.originHost;
        this.originIp = b.originIp;
        this.tenant = b.tenant;
        this.observerVendor = b.observerVendor;
        this.observerProduct = b.observerProduct;
        this.sourceType = b.sourceType;
        this.category = b.category;
        this.kind = b.kind;
        this.ecsCategories = b.ecsCategories != 0 ? b.ecsCategories : b.category.defaultEcsMask();
        this.ecsTypes = b.ecsTypes;
        this.logSource = b.logSource;
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
        // The builder's index already maps this table (any power-of-two size at most half full serves a lookup).
        byte[] built = b.indexForEvent();
        this.index = built != null ? built : FieldIndex.build(keys, size);
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
        b.eventNanos = eventTimeKnown ? eventNanos : 0;
        b.originHost = originHost;
        b.originIp = originIp;
        b.tenant = tenant;
        b.observerVendor = observerVendor;
        b.observerProduct = observerProduct;
        b.sourceType = sourceType;
        b.category = category;
        b.kind = kind;
        b.ecsCategories = ecsCategories == category.defaultEcsMask() ? 0 : ecsCategories;
        b.ecsTypes = ecsTypes;
        b.logSource = logSource;
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

    /**
     * The event's unique sequence: the ingest position of its line in the high {@code 64 - }
     * {@value #INDEX_BITS} bits and its index among the events of that line (a CloudTrail file line
     * yields many events) in the low {@value #INDEX_BITS} bits; see {@link #sequenceOf(long, int)}.
     *
     * @return the sequence, 0 before ingest
     */
    public long sequence() {
        return sequence;
    }

    /**
     * Bits of {@link #sequence()} that hold the index of the event within its line.
     *
     * @since 1.0
     */
    public static final int INDEX_BITS = 20;
    /**
     * Most events one line may yield.
     *
     * @since 1.0
     */
    public static final int MAX_EVENTS_PER_LINE = 1 << INDEX_BITS;

    /**
     * @param position the line's ingest position (journal position), 0 to 2^44 - 1
     * @param index the event's index among the events of that line, 0 to {@link #MAX_EVENTS_PER_LINE} - 1
     * @return the event sequence
     * @throws IllegalArgumentException when either is out of range
     * @since 1.0
     */
    public static long sequenceOf(long position, int index) {
        if (position < 0 || position >= 1L << (63 - INDEX_BITS) || index < 0 || index >= MAX_EVENTS_PER_LINE) {
            throw new IllegalArgumentException("position " + position + " / index " + index + " out of range");
        }
        return position << INDEX_BITS | index;
    }

    /**
     * @return the ingest position of the line this event came from
     * @since 1.0
     */
    public long position() {
        return sequence >>> INDEX_BITS;
    }

    /**
     * @return the index of this event among the events of its line
     * @since 1.0
     */
    public int indexInLine() {
        return (int) (sequence & (MAX_EVENTS_PER_LINE - 1));
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

    /**
     * @return whether the log said when the event happened (false: {@link #eventNanos()} is the received time)
     * @since 1.0
     */
    public boolean hasEventTime() {
        return eventTimeKnown;
    }

    /** @return host name of the device the log came from, or null */
    public @Nullable String originHost() {
        return originHost;
    }

    /** @return address of the device the log came from, or null */
    public @Nullable IpAddress originIp() {
        return originIp;
    }

    /** @return the tenant the event belongs to, never null */
    public String tenant() {
        return tenant;
    }

    /** @return vendor of the observing device or software, or null */
    public @Nullable String observerVendor() {
        return observerVendor;
    }

    /** @return product of the observing device or software, or null */
    public @Nullable String observerProduct() {
        return observerProduct;
    }

    /** @return the source type the event was parsed as (for example {@code syslog}), or null */
    public @Nullable String sourceType() {
        return sourceType;
    }

    /** @return the typed category, never null */
    public EventCategory category() {
        return category;
    }

    /**
     * @return ECS {@code event.kind}, never null ({@link EventKind#EVENT} unless a parser said otherwise)
     * @since 1.0
     */
    public EventKind kind() {
        return kind;
    }

    /**
     * @return ECS {@code event.category} values: the parser's, or the typed category's defaults
     * @since 1.0
     */
    public Set<EcsCategory> ecsCategories() {
        return Bits.categories(ecsCategories);
    }

    int ecsCategoryMask() {
        return ecsCategories;
    }

    int ecsTypeMask() {
        return ecsTypes;
    }

    /**
     * @param c an ECS category
     * @return whether the event has it
     * @since 1.0
     */
    public boolean hasEcsCategory(EcsCategory c) {
        return (ecsCategories & 1 << c.ordinal()) != 0;
    }

    /**
     * @return ECS {@code event.type} values
     * @since 1.0
     */
    public Set<EcsEventType> ecsTypes() {
        return Bits.types(ecsTypes);
    }

    /**
     * @param t an ECS event type
     * @return whether the event has it
     * @since 1.0
     */
    public boolean hasEcsType(EcsEventType t) {
        return (ecsTypes & 1 << t.ordinal()) != 0;
    }

    /**
     * @return the Sigma logsource the parser set, or null
     * @since 1.0
     */
    public @Nullable LogSource logSource() {
        return logSource;
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
    public @Nullable String getText(Field field) {
        int i = indexOf(field);
        return i >= 0 && refs[i] instanceof String ? (String) refs[i] : null;
    }

    /**
     * @param field an IP field
     * @return its value, or null
     */
    public @Nullable IpAddress getIp(Field field) {
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
     * @return the immutable values, or an empty list when absent or of another type
     */
    @SuppressWarnings("unchecked")
    public List<String> getList(Field field) {
        int i = indexOf(field);
        return i >= 0 && keys[i].type() == FieldType.KEYWORD_LIST ? (List<String>) refs[i] : Collections.emptyList();
    }

    /**
     * @param field an IP_LIST field
     * @return the immutable addresses, or an empty list when absent or of another type
     * @since 1.0
     */
    @SuppressWarnings("unchecked")
    public List<IpAddress> getIpList(Field field) {
        int i = indexOf(field);
        return i >= 0 && keys[i].type() == FieldType.IP_LIST ? (List<IpAddress>) refs[i] : Collections.emptyList();
    }

    /**
     * @param field an OBJECT_LIST field
     * @return the immutable objects, or an empty list when absent or of another type
     * @since 1.0
     */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> getObjects(Field field) {
        int i = indexOf(field);
        return i >= 0 && keys[i].type() == FieldType.OBJECT_LIST ? (List<Map<String, Object>>) refs[i]
                : Collections.emptyList();
    }

    /**
     * Every value of a field, for "any value matches" checks (rules, filters): a single value as a list of
     * one, a list's elements, and for a dotted path into an array of objects ({@code dns.answers.data}
     * when the event has the OBJECT_LIST {@code dns.answers}) that member of each object that has it.
     * Values are boxed as {@link #get(Field)} boxes them.
     *
     * @param field a field, or a path into an OBJECT_LIST field
     * @return the values, empty when there are none
     * @since 1.0
     */
    public List<Object> values(Field field) {
        int i = indexOf(field);
        if (i >= 0) {
            Object v = valueAt(i);
            if (keys[i].type().isList()) {
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) v;
                return list;
            }
            return List.of(v);
        }
        String name = field.name();
        for (int dot = name.lastIndexOf('.'); dot > 0; dot = name.lastIndexOf('.', dot - 1)) {
            int j = indexOf(Field.of(name.substring(0, dot), FieldType.OBJECT_LIST));
            if (j >= 0 && keys[j].type() == FieldType.OBJECT_LIST) {
                return ObjectPaths.collect(getObjects(keys[j]), name.substring(dot + 1));
            }
        }
        return Collections.emptyList();
    }

    /**
     * Returns any value boxed: String, IpAddress, Long, Double, Boolean, an immutable List (of String,
     * IpAddress, Long, Double or Map), or for a TIMESTAMP a Long of epoch nanoseconds. For code off the
     * hot path; stages use typed getters.
     *
     * @param field a field
     * @return the value, or null when absent
     */
    public @Nullable Object get(Field field) {
        int i = indexOf(field);
        return i < 0 ? null : valueAt(i);
    }

    /**
     * Renders a value as text for display (shell output, messages): IPs canonical, numbers in decimal,
     * timestamps in ISO-8601, list elements joined by {@code ", "}. Rules and filters must not compare
     * against this form: a list's joined text is not one of its values; use {@link #values(Field)}.
     *
     * @param field a field
     * @return the text, or null when absent
     */
    public @Nullable String getAsString(Field field) {
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
                return String.join(", ", getList(keys[i]));
            default:
                if (keys[i].type().isList()) {
                    StringBuilder sb = new StringBuilder();
                    for (Object o : (List<?>) refs[i]) {
                        sb.append(sb.length() == 0 ? "" : ", ").append(o);
                    }
                    return sb.toString();
                }
                return String.valueOf(valueAt(i));
        }
    }

    private Object valueAt(int i) {
        return boxed(keys[i].type(), refs[i], prims[i]);
    }

    /** A table slot's value as {@link #get(Field)} returns it; the builder reads its table the same way. */
    static Object boxed(FieldType type, Object ref, long prim) {
        switch (type) {
            case LONG:
            case TIMESTAMP:
                return prim;
            case DOUBLE:
                return Double.longBitsToDouble(prim);
            case BOOLEAN:
                return prim != 0;
            default:
                return ref;
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
                case IP_LIST:
                    visitor.ipList(f, (List<IpAddress>) refs[i]);
                    break;
                case LONG_LIST:
                    visitor.longList(f, (List<Long>) refs[i]);
                    break;
                case DOUBLE_LIST:
                    visitor.doubleList(f, (List<Double>) refs[i]);
                    break;
                case OBJECT_LIST:
                    visitor.objectList(f, (List<Map<String, Object>>) refs[i]);
                    break;
                default:
                    throw new IllegalStateException("unknown type " + f.type());
            }
        }
    }

    /**
     * Events are equal when header and fields are equal, whatever the order their fields were set in.
     *
     * @param o another object
     * @return whether it is an equal event
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Event)) {
            return false;
        }
        Event e = (Event) o;
        if (sequence != e.sequence || receivedNanos != e.receivedNanos || eventNanos != e.eventNanos
                || eventTimeKnown != e.eventTimeKnown || category != e.category || kind != e.kind
                || ecsCategories != e.ecsCategories || ecsTypes != e.ecsTypes || size != e.size
                || !raw.equals(e.raw) || !tenant.equals(e.tenant) || !Objects.equals(originHost, e.originHost)
                || !Objects.equals(originIp, e.originIp) || !Objects.equals(observerVendor, e.observerVendor)
                || !Objects.equals(observerProduct, e.observerProduct) || !Objects.equals(sourceType, e.sourceType)
                || !Objects.equals(logSource, e.logSource) || !Arrays.equals(tags, e.tags)) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            int j = e.indexOf(keys[i]);
            if (j < 0 || e.keys[j].type() != keys[i].type() || !Objects.equals(valueAt(i), e.valueAt(j))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = Long.hashCode(sequence) * 31 + raw.hashCode();
        for (int i = 0; i < size; i++) {
            h += keys[i].hashCode() ^ Objects.hashCode(valueAt(i));
        }
        return h;
    }

    /** @return the event as one line of JSON, see {@link EventJsonWriter} */
    @Override
    public String toString() {
        return EventJsonWriter.toJson(this);
    }
}
