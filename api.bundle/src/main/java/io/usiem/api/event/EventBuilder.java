package io.usiem.api.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Builds an {@link Event}. Not thread-safe; a builder is used by one stage for one event. Setting a
 * field that is already set replaces its value.
 *
 * <p>Types: the typed setters ({@code set(Field, String)}, {@code set(Field, long)}, ...) throw
 * {@link IllegalArgumentException} when given a dictionary field of another type ({@code source.ip} is an
 * IP, not a string): a programming error a parser's tests find. A dynamic field takes the type of the
 * value it is given. Values that come from the log and may not fit go through {@link #setFromText} or
 * {@link #trySet}, which never throw and return false when the value does not fit the field.
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
    EventKind kind = EventKind.EVENT;
    int ecsCategories;
    int ecsTypes;
    LogSource logSource;
    OriginRole originRole = OriginRole.NONE;
    String[] tags;
    int tagCount;
    Field[] keys;
    Object[] refs;
    long[] prims;
    int size;
    /** True while the arrays belong to a built event too; the next write copies them first. */
    boolean shared;
    /**
     * The table's lookup index ({@link FieldIndex}) once it has more than a handful of fields, kept as fields
     * are added: events carry 20-60 fields, and finding whether each write replaces a value by scanning the
     * table (or a filter that fills up at 40 fields) made building a firewall event quadratic. Null when the
     * table is small or the index must be rebuilt (after a removal, or a table taken from an event).
     */
    private byte @Nullable [] index;
    /** True while {@link #index} belongs to a built event too; the next addition copies it first. */
    private boolean indexShared;
    /** The size {@link #expectFields} announced, so the index is made large enough once. */
    private int plannedFields;

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

    /**
     * Sizes the field table for a number of fields at once, so a parser that knows its events carry some
     * 40-60 fields does not grow (and copy) the table several times per event. A hint: the table still
     * grows past it.
     *
     * @param count the fields the event is expected to get in all
     * @return this
     * @since 1.1
     */
    public EventBuilder expectFields(int count) {
        plannedFields = count;
        if (count > keys.length) {
            keys = Arrays.copyOf(keys, count);
            refs = Arrays.copyOf(refs, count);
            prims = Arrays.copyOf(prims, count);
            shared = false;
        }
        return this;
    }

    /** @param value the ingest sequence number @return this */
    public EventBuilder sequence(long value) {
        this.sequence = value;
        return this;
    }

    /** @param value the raw message @return this */
    public EventBuilder raw(@Nullable String value) {
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
    public EventBuilder originHost(@Nullable String host) {
        this.originHost = host;
        return this;
    }

    /** @param ip origin address @return this */
    public EventBuilder originIp(@Nullable IpAddress ip) {
        this.originIp = ip;
        return this;
    }

    /** @param value tenant; null means {@link Event#DEFAULT_TENANT} @return this */
    public EventBuilder tenant(@Nullable String value) {
        this.tenant = value == null ? Event.DEFAULT_TENANT : value;
        return this;
    }

    /** @param vendor observer vendor @param product observer product @return this */
    public EventBuilder observer(@Nullable String vendor, @Nullable String product) {
        this.observerVendor = vendor;
        this.observerProduct = product;
        return this;
    }

    /** @param value source type @return this */
    public EventBuilder sourceType(@Nullable String value) {
        this.sourceType = value;
        return this;
    }

    /** @param value category, null means GENERIC @return this */
    public EventBuilder category(@Nullable EventCategory value) {
        this.category = value == null ? EventCategory.GENERIC : value;
        return this;
    }

    /** @return the category set so far */
    public EventCategory category() {
        return category;
    }

    /** @param value ECS event.kind; null means {@link EventKind#EVENT} @return this @since 1.0 */
    public EventBuilder kind(@Nullable EventKind value) {
        this.kind = value == null ? EventKind.EVENT : value;
        return this;
    }

    /**
     * Adds ECS {@code event.category} values. Without any, the event gets its typed category's defaults.
     *
     * @param values categories to add
     * @return this
     * @since 1.0
     */
    public EventBuilder ecsCategory(EcsCategory... values) {
        for (EcsCategory c : values) {
            ecsCategories |= 1 << c.ordinal();
        }
        return this;
    }

    /**
     * Adds ECS {@code event.type} values.
     *
     * @param values types to add
     * @return this
     * @since 1.0
     */
    public EventBuilder ecsType(EcsEventType... values) {
        for (EcsEventType t : values) {
            ecsTypes |= 1 << t.ordinal();
        }
        return this;
    }

    /** @param value the Sigma logsource, or null @return this @since 1.0 */
    public EventBuilder logSource(@Nullable LogSource value) {
        this.logSource = value;
        return this;
    }

    /**
     * Says what the sending device is to this event; at {@link #build()} its name and address fill
     * {@code host.hostname}/{@code host.ip} or {@code observer.hostname}/{@code observer.ip} unless the
     * parser set those from the log.
     *
     * @param value the role, null means {@link OriginRole#NONE}
     * @return this
     * @since 1.0
     */
    public EventBuilder originRole(@Nullable OriginRole value) {
        this.originRole = value == null ? OriginRole.NONE : value;
        return this;
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
            f = f.withType(expected);
        }
        int at = indexOf(f);
        if (at >= 0) {
            ensureWritable(size);
            keys[at] = f;
            return at;
        }
        ensureWritable(size + 1);
        keys[size] = f;
        size++;
        if (index != null) {
            if (indexShared) {
                index = index.clone();
                indexShared = false;
            }
            index = FieldIndex.add(index, keys, size);
        }
        return size - 1;
    }

    /** @return the table's index for the event being built, which shares it (null: the event builds its own) */
    byte @Nullable [] indexForEvent() {
        if (index != null) {
            indexShared = true;
        }
        return index;
    }

    /** @return the field's position in the table, or -1 */
    private int indexOf(Field f) {
        if (index == null && size > FieldIndex.THRESHOLD) {
            index = FieldIndex.build(keys, size, plannedFields);
            indexShared = false;
        }
        if (index != null) {
            return FieldIndex.find(index, keys, f);
        }
        for (int i = 0; i < size; i++) {
            if (keys[i] == f || keys[i].equals(f)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isString(FieldType t) {
        return t == FieldType.KEYWORD || t == FieldType.TEXT;
    }

    EventBuilder setRef(Field field, FieldType type, Object value) {
        int i = slot(field, type);
        refs[i] = value;
        prims[i] = 0;
        return this;
    }

    /**
     * @param field a KEYWORD or TEXT field
     * @param value the value; null removes the field
     * @return this
     */
    public EventBuilder set(Field field, @Nullable String value) {
        if (value == null) {
            return remove(field);
        }
        int i = slot(field, field.type() == FieldType.TEXT ? FieldType.TEXT : FieldType.KEYWORD);
        refs[i] = value;
        prims[i] = 0;
        return this;
    }

    /** @param field an IP field @param value the address; null removes @return this */
    public EventBuilder set(Field field, @Nullable IpAddress value) {
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
    public EventBuilder set(Field field, @Nullable List<String> values) {
        if (values == null) {
            return remove(field);
        }
        int i = slot(field, FieldType.KEYWORD_LIST);
        refs[i] = List.copyOf(values);
        prims[i] = 0;
        return this;
    }

    /** @param field an IP_LIST field @param values the addresses (copied); null removes @return this @since 1.0 */
    public EventBuilder setIps(Field field, @Nullable List<IpAddress> values) {
        return values == null ? remove(field) : setRef(field, FieldType.IP_LIST, List.copyOf(values));
    }

    /** @param field a LONG_LIST field @param values the numbers (copied); null removes @return this @since 1.0 */
    public EventBuilder setLongs(Field field, @Nullable List<Long> values) {
        return values == null ? remove(field) : setRef(field, FieldType.LONG_LIST, List.copyOf(values));
    }

    /** @param field a DOUBLE_LIST field @param values the numbers (copied); null removes @return this @since 1.0 */
    public EventBuilder setDoubles(Field field, @Nullable List<Double> values) {
        return values == null ? remove(field) : setRef(field, FieldType.DOUBLE_LIST, List.copyOf(values));
    }

    /**
     * @param field an OBJECT_LIST field
     * @param values the objects (deep-copied); map values must be String, Long/Integer, Double/Float,
     *     Boolean, or lists and maps of those; null removes
     * @return this
     * @throws IllegalArgumentException when a value has another type
     * @since 1.0
     */
    public EventBuilder setObjects(Field field, @Nullable List<? extends Map<String, ?>> values) {
        if (values == null) {
            return remove(field);
        }
        Object frozen = JsonValues.freeze(values);
        if (frozen == null) {
            throw new IllegalArgumentException(field.name() + ": objects hold values of unsupported types");
        }
        return setRef(field, FieldType.OBJECT_LIST, frozen);
    }

    /**
     * Adds a value to a KEYWORD_LIST field unless it is there already (the {@code related.*} fields).
     *
     * @param field a KEYWORD_LIST field
     * @param value the value
     * @return this
     * @since 1.0
     */
    public EventBuilder append(Field field, String value) {
        Objects.requireNonNull(value, "value");
        List<String> now = currentList(field, FieldType.KEYWORD_LIST);
        if (now.contains(value)) {
            return this;
        }
        List<String> next = new ArrayList<>(now);
        next.add(value);
        return set(field, next);
    }

    /**
     * Adds an address to an IP_LIST field unless it is there already ({@code related.ip}, {@code host.ip}).
     *
     * @param field an IP_LIST field
     * @param value the address
     * @return this
     * @since 1.0
     */
    public EventBuilder append(Field field, IpAddress value) {
        Objects.requireNonNull(value, "value");
        List<IpAddress> now = currentList(field, FieldType.IP_LIST);
        if (now.contains(value)) {
            return this;
        }
        List<IpAddress> next = new ArrayList<>(now);
        next.add(value);
        return setIps(field, next);
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> currentList(Field field, FieldType type) {
        int i = indexOf(field);
        return i >= 0 && keys[i].type() == type ? (List<T>) refs[i] : List.of();
    }

    /**
     * Sets a value given as a Java object of the value's natural type: String, IpAddress, Long or
     * Integer, Double or Float, Boolean, a List of one of those, or a List of Maps. A dictionary field
     * converts what fits its type (a String to an IP field is parsed); a dynamic field keeps the value's
     * own type, so a JSON number stays a number. Never throws.
     *
     * @param field the field
     * @param value the value; null removes the field
     * @return false when the value does not fit (nothing is set)
     * @since 1.0
     */
    public boolean trySet(Field field, @Nullable Object value) {
        return ValueSetter.trySet(this, field, value);
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
    public boolean setFromText(Field field, @Nullable String text) {
        return ValueSetter.setFromText(this, field, text);
    }

    /** @param field a field to remove @return this */
    public EventBuilder remove(Field field) {
        int i = indexOf(field);
        if (i >= 0) {
            ensureWritable(size);
            int tail = size - i - 1;
            System.arraycopy(keys, i + 1, keys, i, tail);
            System.arraycopy(refs, i + 1, refs, i, tail);
            System.arraycopy(prims, i + 1, prims, i, tail);
            size--;
            keys[size] = null;
            refs[size] = null;
            // Positions after the removed field moved: rebuilt on the next lookup.
            index = null;
        }
        return this;
    }

    /**
     * @param field a field
     * @return the value set so far, boxed as {@link Event#get(Field)} boxes it, or null when not set
     * @since 1.0
     */
    public @Nullable Object get(Field field) {
        int i = indexOf(field);
        return i < 0 ? null : Event.boxed(keys[i].type(), refs[i], prims[i]);
    }

    /** @param field a field @return whether it is set */
    public boolean has(Field field) {
        return indexOf(field) >= 0;
    }

    /**
     * Builds the event. With an {@link OriginRole}, the origin's name and address fill the role's ECS
     * fields that the parser left empty; the address only when the log names no other host (a relay's
     * address is not the host's).
     *
     * @return the event; the builder may be used again for a further event
     */
    public Event build() {
        if (originRole == OriginRole.HOST) {
            fillOrigin(Fields.HOST_HOSTNAME, Fields.HOST_IP);
        } else if (originRole == OriginRole.OBSERVER) {
            fillOrigin(Fields.OBSERVER_HOSTNAME, Fields.OBSERVER_IP);
        }
        return new Event(this);
    }

    private void fillOrigin(Field hostname, Field ip) {
        Object named = get(hostname);
        // A host the log names may sit behind a relay: the sender's address is then not its address.
        boolean sameHost = named == null || named.equals(originHost);
        if (originHost != null && named == null) {
            set(hostname, originHost);
        }
        if (originIp != null && sameHost && !has(ip)) {
            if (ip.type() == FieldType.IP_LIST) {
                setIps(ip, List.of(originIp));
            } else {
                set(ip, originIp);
            }
        }
    }


    /** @return the tags added so far */
    public List<String> tags() {
        return tagCount == 0 ? new ArrayList<>() : new ArrayList<>(Arrays.asList(tags).subList(0, tagCount));
    }
}
