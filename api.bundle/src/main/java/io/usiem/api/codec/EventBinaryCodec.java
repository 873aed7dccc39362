package io.usiem.api.codec;

import io.usiem.api.event.EcsCategory;
import io.usiem.api.event.EcsEventType;
import io.usiem.api.event.Event;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.EventKind;
import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;
import io.usiem.api.event.FieldVisitor;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.event.LogSource;
import io.usiem.api.parser.RawLog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compact binary form of events and raw logs, for the journal and for Kafka. Each record starts
 * with its kind and schema version ({@link #VERSION}); a reader refuses versions it does not know with
 * an {@link EventFormatException} instead of misreading them.
 *
 * <p>Layout (version 1): header flags, sequence, times, strings (char count, then each UTF-16 unit in
 * at most 3 bytes: exact for every Java string), category/kind/ECS masks, tags, then the fields:
 * dictionary fields by their {@link Fields#id(Field) id}, dynamic ones by type and name, values in
 * their type (varints for longs and timestamps, 8 bytes for doubles, 4/16 bytes for IPs).
 *
 * <p>An encoder reuses its buffer and is not thread-safe: one per thread or per writer. Decoding is
 * static and thread-safe.
 *
 * @since 1.0
 */
public final class EventBinaryCodec {
    /** Schema version written in each record. */
    public static final int VERSION = 1;
    private static final int KIND_EVENT = 'E';
    private static final int KIND_RAW = 'R';
    private static final int MAX_ITEMS = 1 << 24;

    private static final int F_ORIGIN_HOST = 1;
    private static final int F_ORIGIN_IP = 2;
    private static final int F_SOURCE_TYPE = 4;
    private static final int F_VENDOR = 8;
    private static final int F_PRODUCT = 16;
    private static final int F_LOGSOURCE = 32;
    private static final int F_EVENT_TIME = 64;
    private static final int F_TENANT = 128;

    private static final EventCategory[] CATEGORIES = EventCategory.values();
    private static final EventKind[] KINDS = EventKind.values();
    private static final EcsCategory[] ECS_CATEGORIES = EcsCategory.values();
    private static final EcsEventType[] ECS_TYPES = EcsEventType.values();
    private static final FieldType[] TYPES = FieldType.values();

    private final ByteWriter out = new ByteWriter();
    private final FieldWriter fieldWriter = new FieldWriter();

    /**
     * @param event an event
     * @return its encoding, a new array of exactly its size
     */
    public byte[] encode(Event event) {
        out.reset();
        out.u8(KIND_EVENT);
        out.u8(VERSION);
        writeEvent(event);
        return out.toArray();
    }

    /**
     * @param raw a raw log as an input handed it over
     * @return its encoding, a new array of exactly its size
     */
    public byte[] encode(RawLog raw) {
        out.reset();
        out.u8(KIND_RAW);
        out.u8(VERSION);
        out.varLong(raw.sequence());
        out.string(raw.message());
        out.u8(raw.input() == null ? 0 : 1);
        if (raw.input() != null) {
            out.string(raw.input());
        }
        writeEvent(raw.header());
        return out.toArray();
    }

    private void writeEvent(Event e) {
        LogSource ls = e.logSource();
        int flags = (e.originHost() != null ? F_ORIGIN_HOST : 0) | (e.originIp() != null ? F_ORIGIN_IP : 0)
                | (e.sourceType() != null ? F_SOURCE_TYPE : 0) | (e.observerVendor() != null ? F_VENDOR : 0)
                | (e.observerProduct() != null ? F_PRODUCT : 0) | (ls != null ? F_LOGSOURCE : 0)
                | (e.hasEventTime() ? F_EVENT_TIME : 0) | (!Event.DEFAULT_TENANT.equals(e.tenant()) ? F_TENANT : 0);
        out.u8(flags);
        out.varLong(e.sequence());
        out.zigzag(e.receivedNanos());
        if (e.hasEventTime()) {
            out.zigzag(e.eventNanos() - e.receivedNanos());
        }
        out.string(e.raw());
        if (e.originHost() != null) {
            out.string(e.originHost());
        }
        if (e.originIp() != null) {
            out.ip(e.originIp());
        }
        if (e.sourceType() != null) {
            out.string(e.sourceType());
        }
        if (e.observerVendor() != null) {
            out.string(e.observerVendor());
        }
        if (e.observerProduct() != null) {
            out.string(e.observerProduct());
        }
        if (ls != null) {
            nullable(ls.product());
            nullable(ls.service());
            nullable(ls.category());
        }
        if (!Event.DEFAULT_TENANT.equals(e.tenant())) {
            out.string(e.tenant());
        }
        out.u8(e.category().ordinal());
        out.u8(e.kind().ordinal());
        int cats = 0;
        for (EcsCategory c : e.ecsCategories()) {
            cats |= 1 << c.ordinal();
        }
        out.varLong(cats);
        int types = 0;
        for (EcsEventType t : e.ecsTypes()) {
            types |= 1 << t.ordinal();
        }
        out.varLong(types);
        List<String> tags = e.tags();
        out.varLong(tags.size());
        for (int i = 0; i < tags.size(); i++) {
            out.string(tags.get(i));
        }
        out.varLong(e.fieldCount());
        e.forEach(fieldWriter);
    }

    private void nullable(String s) {
        out.u8(s == null ? 0 : 1);
        if (s != null) {
            out.string(s);
        }
    }

    private void key(Field f) {
        int id = Fields.id(f);
        if (id >= 0) {
            out.varLong(id + 1L);
        } else {
            out.varLong(0);
            out.u8(f.type().ordinal());
            out.string(f.name());
        }
    }

    private void jsonValue(Object v) {
        if (v instanceof String) {
            out.u8(0);
            out.string((String) v);
        } else if (v instanceof Long) {
            out.u8(1);
            out.zigzag((Long) v);
        } else if (v instanceof Double) {
            out.u8(2);
            out.fixed64(Double.doubleToRawLongBits((Double) v));
        } else if (v instanceof Boolean) {
            out.u8((Boolean) v ? 4 : 3);
        } else if (v instanceof List) {
            out.u8(5);
            out.varLong(((List<?>) v).size());
            for (Object o : (List<?>) v) {
                jsonValue(o);
            }
        } else if (v instanceof Map) {
            out.u8(6);
            out.varLong(((Map<?, ?>) v).size());
            for (Map.Entry<?, ?> m : ((Map<?, ?>) v).entrySet()) {
                out.string((String) m.getKey());
                jsonValue(m.getValue());
            }
        } else {
            throw new IllegalStateException("object member of type " + (v == null ? "null" : v.getClass()));
        }
    }

    /** Writes each field in its type without boxing primitives. */
    private final class FieldWriter implements FieldVisitor {
        @Override
        public void text(Field field, String value) {
            key(field);
            out.string(value);
        }

        @Override
        public void ip(Field field, IpAddress value) {
            key(field);
            out.ip(value);
        }

        @Override
        public void longValue(Field field, long value) {
            key(field);
            out.zigzag(value);
        }

        @Override
        public void doubleValue(Field field, double value) {
            key(field);
            out.fixed64(Double.doubleToRawLongBits(value));
        }

        @Override
        public void timestamp(Field field, long epochNanos) {
            key(field);
            out.zigzag(epochNanos);
        }

        @Override
        public void booleanValue(Field field, boolean value) {
            key(field);
            out.u8(value ? 1 : 0);
        }

        @Override
        public void list(Field field, List<String> values) {
            key(field);
            out.varLong(values.size());
            for (int i = 0; i < values.size(); i++) {
                out.string(values.get(i));
            }
        }

        @Override
        public void ipList(Field field, List<IpAddress> values) {
            key(field);
            out.varLong(values.size());
            for (int i = 0; i < values.size(); i++) {
                out.ip(values.get(i));
            }
        }

        @Override
        public void longList(Field field, List<Long> values) {
            key(field);
            out.varLong(values.size());
            for (int i = 0; i < values.size(); i++) {
                out.zigzag(values.get(i));
            }
        }

        @Override
        public void doubleList(Field field, List<Double> values) {
            key(field);
            out.varLong(values.size());
            for (int i = 0; i < values.size(); i++) {
                out.fixed64(Double.doubleToRawLongBits(values.get(i)));
            }
        }

        @Override
        public void objectList(Field field, List<Map<String, Object>> values) {
            key(field);
            out.varLong(values.size());
            for (Map<String, Object> o : values) {
                jsonValue(o);
            }
        }
    }

    /**
     * @param data an encoded event
     * @return the event
     * @throws EventFormatException when the data is not an event of a known version
     */
    public static Event decodeEvent(byte[] data) {
        return decodeEvent(data, 0, data.length);
    }

    /**
     * @param data bytes holding an encoded event
     * @param offset where it starts
     * @param length its length
     * @return the event
     * @throws EventFormatException when the data is not an event of a known version
     */
    public static Event decodeEvent(byte[] data, int offset, int length) {
        ByteReader in = new ByteReader(data, offset, length);
        start(in, KIND_EVENT);
        Event e = readEvent(in);
        end(in);
        return e;
    }

    /**
     * @param data an encoded raw log
     * @return the raw log
     * @throws EventFormatException when the data is not a raw log of a known version
     */
    public static RawLog decodeRawLog(byte[] data) {
        return decodeRawLog(data, 0, data.length);
    }

    /**
     * @param data bytes holding an encoded raw log
     * @param offset where it starts
     * @param length its length
     * @return the raw log
     * @throws EventFormatException when the data is not a raw log of a known version
     */
    public static RawLog decodeRawLog(byte[] data, int offset, int length) {
        ByteReader in = new ByteReader(data, offset, length);
        start(in, KIND_RAW);
        long sequence = in.varLong();
        String message = in.string();
        String input = in.u8() == 1 ? in.string() : null;
        Event header = readEvent(in);
        end(in);
        return RawLog.of(header, message, input, sequence);
    }

    private static void start(ByteReader in, int kind) {
        int k = in.u8();
        if (k != kind) {
            throw in.error("record kind '" + (char) k + "', expected '" + (char) kind + "'");
        }
        int version = in.u8();
        if (version != VERSION) {
            throw in.error("schema version " + version + " is not known (this reader knows " + VERSION + ")");
        }
    }

    private static void end(ByteReader in) {
        if (!in.atEnd()) {
            throw in.error("trailing bytes after the record");
        }
    }

    private static Event readEvent(ByteReader in) {
        int flags = in.u8();
        long sequence = in.varLong();
        long received = in.zigzag();
        long eventNanos = (flags & F_EVENT_TIME) != 0 ? received + in.zigzag() : 0;
        EventBuilder b = Event.builder(in.string()).sequence(sequence).receivedNanos(received).eventNanos(eventNanos);
        String host = (flags & F_ORIGIN_HOST) != 0 ? in.string() : null;
        IpAddress ip = (flags & F_ORIGIN_IP) != 0 ? in.ip() : null;
        b.originHost(host).originIp(ip);
        if ((flags & F_SOURCE_TYPE) != 0) {
            b.sourceType(in.string());
        }
        String vendor = (flags & F_VENDOR) != 0 ? in.string() : null;
        String product = (flags & F_PRODUCT) != 0 ? in.string() : null;
        b.observer(vendor, product);
        if ((flags & F_LOGSOURCE) != 0) {
            String p = nullableString(in);
            String s = nullableString(in);
            String c = nullableString(in);
            if (p == null && s == null && c == null) {
                throw in.error("empty logsource");
            }
            b.logSource(LogSource.of(p, s, c));
        }
        if ((flags & F_TENANT) != 0) {
            b.tenant(in.string());
        }
        b.category(pick(in, CATEGORIES, in.u8(), "category"));
        b.kind(pick(in, KINDS, in.u8(), "kind"));
        long cats = in.varLong();
        for (EcsCategory c : ECS_CATEGORIES) {
            if ((cats & 1L << c.ordinal()) != 0) {
                b.ecsCategory(c);
            }
        }
        long types = in.varLong();
        for (EcsEventType t : ECS_TYPES) {
            if ((types & 1L << t.ordinal()) != 0) {
                b.ecsType(t);
            }
        }
        int tags = in.count(MAX_ITEMS);
        for (int i = 0; i < tags; i++) {
            b.tag(in.string());
        }
        int fields = in.count(MAX_ITEMS);
        for (int i = 0; i < fields; i++) {
            readField(in, b);
        }
        return b.build();
    }

    private static String nullableString(ByteReader in) {
        return in.u8() == 1 ? in.string() : null;
    }

    private static <T> T pick(ByteReader in, T[] values, int ordinal, String what) {
        if (ordinal >= values.length) {
            throw in.error("unknown " + what + " " + ordinal);
        }
        return values[ordinal];
    }

    private static void readField(ByteReader in, EventBuilder b) {
        long key = in.varLong();
        Field f;
        FieldType type;
        if (key == 0) {
            type = pick(in, TYPES, in.u8(), "field type");
            f = Field.of(in.string(), type);
        } else {
            f = Fields.byId((int) Math.min(key - 1, Integer.MAX_VALUE));
            if (f == null) {
                throw in.error("unknown dictionary field " + (key - 1));
            }
            type = f.type();
        }
        Object value;
        switch (type) {
            case KEYWORD:
            case TEXT:
                value = in.string();
                break;
            case IP:
                value = in.ip();
                break;
            case LONG:
                value = in.zigzag();
                break;
            case TIMESTAMP:
                if (f.type() == FieldType.TIMESTAMP) {
                    b.setTimestamp(f, in.zigzag());
                    return;
                }
                value = in.zigzag();
                break;
            case DOUBLE:
                value = Double.longBitsToDouble(in.fixed64());
                break;
            case BOOLEAN:
                value = in.u8() == 1;
                break;
            default:
                value = readList(in, type);
        }
        if (f.type() != type && Fields.id(f) >= 0) {
            // A dynamic field of an older record that the dictionary now knows: keep it when it converts.
            b.trySet(f, value);
            return;
        }
        switch (type) {
            case IP_LIST:
                @SuppressWarnings("unchecked") List<IpAddress> ips = (List<IpAddress>) value;
                b.setIps(f, ips);
                break;
            case LONG_LIST:
                @SuppressWarnings("unchecked") List<Long> longs = (List<Long>) value;
                b.setLongs(f, longs);
                break;
            case DOUBLE_LIST:
                @SuppressWarnings("unchecked") List<Double> doubles = (List<Double>) value;
                b.setDoubles(f, doubles);
                break;
            case OBJECT_LIST:
                @SuppressWarnings("unchecked") List<Map<String, Object>> objects = (List<Map<String, Object>>) value;
                b.setObjects(f, objects);
                break;
            case KEYWORD_LIST:
                @SuppressWarnings("unchecked") List<String> strings = (List<String>) value;
                b.set(f, strings);
                break;
            case TEXT:
            case KEYWORD:
                b.set(f, (String) value);
                break;
            case IP:
                b.set(f, (IpAddress) value);
                break;
            case LONG:
                b.set(f, (long) (Long) value);
                break;
            case DOUBLE:
                b.set(f, (double) (Double) value);
                break;
            case BOOLEAN:
                b.set(f, (boolean) (Boolean) value);
                break;
            default:
                throw in.error("unexpected type " + type);
        }
    }

    private static List<Object> readList(ByteReader in, FieldType type) {
        int n = in.count(MAX_ITEMS);
        List<Object> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            switch (type) {
                case KEYWORD_LIST:
                    list.add(in.string());
                    break;
                case IP_LIST:
                    list.add(in.ip());
                    break;
                case LONG_LIST:
                    list.add(in.zigzag());
                    break;
                case DOUBLE_LIST:
                    list.add(Double.longBitsToDouble(in.fixed64()));
                    break;
                case OBJECT_LIST: {
                    Object o = readJson(in, 0);
                    if (!(o instanceof Map)) {
                        throw in.error("array of objects holds a non-object");
                    }
                    list.add(o);
                    break;
                }
                default:
                    throw in.error("unexpected list type " + type);
            }
        }
        return list;
    }

    private static Object readJson(ByteReader in, int depth) {
        if (depth > 64) {
            throw in.error("objects nested deeper than 64");
        }
        int tag = in.u8();
        switch (tag) {
            case 0:
                return in.string();
            case 1:
                return in.zigzag();
            case 2:
                return Double.longBitsToDouble(in.fixed64());
            case 3:
                return Boolean.FALSE;
            case 4:
                return Boolean.TRUE;
            case 5: {
                int n = in.count(MAX_ITEMS);
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(readJson(in, depth + 1));
                }
                return list;
            }
            case 6: {
                int n = in.count(MAX_ITEMS);
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    String k = in.string();
                    map.put(k, readJson(in, depth + 1));
                }
                return map;
            }
            default:
                throw in.error("unknown value tag " + tag);
        }
    }
}
