package io.usiem.api.codec;

import io.usiem.api.event.EcsCategory;
import io.usiem.api.event.EcsEventType;
import io.usiem.api.event.Event;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.EventKind;
import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.event.LogSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the body of a version-1 record that {@link EventBinaryCodec} wrote; the codec checks kind and version. */
final class BinaryEventReader {
    private static final int MAX_ITEMS = 1 << 24;
    private static final EventCategory[] CATEGORIES = EventCategory.values();
    private static final EventKind[] KINDS = EventKind.values();
    private static final EcsCategory[] ECS_CATEGORIES = EcsCategory.values();
    private static final EcsEventType[] ECS_TYPES = EcsEventType.values();
    private static final FieldType[] TYPES = FieldType.values();

    private BinaryEventReader() {
    }

    static Event readEvent(ByteReader in) {
        int flags = in.u8();
        long sequence = in.varLong();
        long received = in.zigzag();
        long eventNanos = (flags & EventBinaryCodec.F_EVENT_TIME) != 0 ? received + in.zigzag() : 0;
        EventBuilder b = Event.builder(in.string()).sequence(sequence).receivedNanos(received).eventNanos(eventNanos);
        String host = (flags & EventBinaryCodec.F_ORIGIN_HOST) != 0 ? in.string() : null;
        IpAddress ip = (flags & EventBinaryCodec.F_ORIGIN_IP) != 0 ? in.ip() : null;
        b.originHost(host).originIp(ip);
        if ((flags & EventBinaryCodec.F_SOURCE_TYPE) != 0) {
            b.sourceType(in.string());
        }
        String vendor = (flags & EventBinaryCodec.F_VENDOR) != 0 ? in.string() : null;
        String product = (flags & EventBinaryCodec.F_PRODUCT) != 0 ? in.string() : null;
        b.observer(vendor, product);
        if ((flags & EventBinaryCodec.F_LOGSOURCE) != 0) {
            String p = nullableString(in);
            String s = nullableString(in);
            String c = nullableString(in);
            if (p == null && s == null && c == null) {
                throw in.error("empty logsource");
            }
            b.logSource(LogSource.of(p, s, c));
        }
        if ((flags & EventBinaryCodec.F_TENANT) != 0) {
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
