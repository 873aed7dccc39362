package io.usiem.api.codec;

import io.usiem.api.event.EcsCategory;
import io.usiem.api.event.EcsEventType;
import io.usiem.api.event.Event;
import io.usiem.api.event.Field;
import io.usiem.api.event.FieldVisitor;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.event.LogSource;
import io.usiem.api.parser.RawLog;

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

    static final int F_ORIGIN_HOST = 1;
    static final int F_ORIGIN_IP = 2;
    static final int F_SOURCE_TYPE = 4;
    static final int F_VENDOR = 8;
    static final int F_PRODUCT = 16;
    static final int F_LOGSOURCE = 32;
    static final int F_EVENT_TIME = 64;
    static final int F_TENANT = 128;

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
        Event e = BinaryEventReader.readEvent(in);
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
        Event header = BinaryEventReader.readEvent(in);
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

}
