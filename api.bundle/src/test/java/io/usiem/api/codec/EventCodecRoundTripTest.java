package io.usiem.api.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.EcsCategory;
import io.usiem.api.event.EcsEventType;
import io.usiem.api.event.Event;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.EventJsonWriter;
import io.usiem.api.event.EventKind;
import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.event.LogSource;
import io.usiem.api.parser.RawLog;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Property test: random events of every field type survive binary and JSON encoding unchanged. */
class EventCodecRoundTripTest {
    private static final int RUNS = 3_000;

    @Test
    void everyFieldTypeRoundTripsThroughBothForms() {
        Random rnd = new Random(20261129);
        EventBinaryCodec codec = new EventBinaryCodec();
        EnumSet<FieldType> seen = EnumSet.noneOf(FieldType.class);
        for (int run = 0; run < RUNS; run++) {
            Event e = randomEvent(rnd, false, seen);
            Event fromBinary = EventBinaryCodec.decodeEvent(codec.encode(e));
            assertEquals(e, fromBinary, () -> "binary: " + e);
            String json = EventJsonWriter.toJson(e);
            Event fromJson = EventJsonReader.read(json);
            assertEquals(e, fromJson, () -> "json: " + json + "\nread: " + fromJson);
            assertEquals(json, EventJsonWriter.toJson(fromJson));
        }
        assertEquals(EnumSet.allOf(FieldType.class), seen, "every field type was generated");
    }

    @Test
    void binaryKeepsStringsJsonCannot() {
        Random rnd = new Random(7);
        EventBinaryCodec codec = new EventBinaryCodec();
        for (int run = 0; run < 500; run++) {
            Event e = randomEvent(rnd, true, EnumSet.noneOf(FieldType.class));
            assertEquals(e, EventBinaryCodec.decodeEvent(codec.encode(e)));
        }
    }

    @Test
    void rawLogsRoundTrip() {
        RawLog raw = RawLog.builder("<13>Feb  5 17:32:18 gw01 kernel: x=1").message("kernel: x=1").input("syslog-udp-5514")
                .origin("gw01", IpAddress.parse("10.0.0.1")).tenant("acme").sourceType("syslog").tag("invalid_utf8")
                .eventNanos(1_700_000_000_123_456_789L).build().withSequence(42);
        RawLog back = EventBinaryCodec.decodeRawLog(new EventBinaryCodec().encode(raw));
        assertEquals(raw.header(), back.header());
        assertEquals(raw.message(), back.message());
        assertEquals(raw.input(), back.input());
        assertEquals(42, back.sequence());
    }

    @Test
    void unknownVersionAndTruncationAreClearErrors() {
        byte[] data = new EventBinaryCodec().encode(Event.builder("x").receivedNanos(1).build());
        byte[] future = data.clone();
        future[1] = 99;
        EventFormatException e = assertThrows(EventFormatException.class, () -> EventBinaryCodec.decodeEvent(future));
        assertTrue(e.getMessage().contains("schema version 99"), e.getMessage());
        for (int cut = 0; cut < data.length; cut++) {
            int len = cut;
            assertThrows(EventFormatException.class, () -> EventBinaryCodec.decodeEvent(data, 0, len));
        }
    }

    @Test
    void jsonErrorsSayWhere() {
        EventFormatException e = assertThrows(EventFormatException.class,
                () -> EventJsonReader.read("{\"@timestamp\":\"2024-01-01T00:00:00Z\",\"tags\":[\"a\",}"));
        assertEquals(49, e.offset(), "the offset of the stray }");
        EventFormatException dup = assertThrows(EventFormatException.class,
                () -> EventJsonReader.read("{\"@timestamp\":\"2024-01-01T00:00:00Z\",\"organization.id\":\"a\",\"organization.id\":\"b\"}"));
        assertTrue(dup.getMessage().contains("duplicate key"), dup.getMessage());
    }

    static Event randomEvent(Random rnd, boolean anyChars, EnumSet<FieldType> seen) {
        EventBuilder b = Event.builder(text(rnd, anyChars)).receivedNanos(rnd.nextLong() >> 2);
        if (rnd.nextBoolean()) {
            b.eventNanos(rnd.nextLong() >> 2 | 1);
        }
        if (rnd.nextBoolean()) {
            b.sequence(Event.sequenceOf(rnd.nextInt(1 << 30), rnd.nextInt(1000)));
        }
        if (rnd.nextBoolean()) {
            b.originHost("host-" + rnd.nextInt(100)).originIp(ip(rnd));
        }
        if (rnd.nextBoolean()) {
            b.tenant("t" + rnd.nextInt(5));
        }
        if (rnd.nextBoolean()) {
            b.observer("v" + rnd.nextInt(3), rnd.nextBoolean() ? "p" : null);
        }
        if (rnd.nextBoolean()) {
            b.sourceType("st" + rnd.nextInt(3));
        }
        if (rnd.nextBoolean()) {
            b.logSource(LogSource.of("windows", rnd.nextBoolean() ? "sysmon" : null, rnd.nextBoolean() ? "process_creation" : null));
        }
        b.category(EventCategory.values()[rnd.nextInt(EventCategory.values().length)]);
        b.kind(EventKind.values()[rnd.nextInt(EventKind.values().length)]);
        for (int i = rnd.nextInt(3); i > 0; i--) {
            b.ecsCategory(EcsCategory.values()[rnd.nextInt(EcsCategory.values().length)]);
            b.ecsType(EcsEventType.values()[rnd.nextInt(EcsEventType.values().length)]);
        }
        for (int i = rnd.nextInt(3); i > 0; i--) {
            b.tag("tag" + rnd.nextInt(10));
        }
        List<Field> dictionary = new ArrayList<>(Fields.all());
        for (int i = rnd.nextInt(25); i > 0; i--) {
            Field f = rnd.nextInt(3) == 0 ? dictionary.get(rnd.nextInt(dictionary.size()))
                    : Field.of("vendor.f" + rnd.nextInt(40), FieldType.values()[rnd.nextInt(FieldType.values().length)]);
            seen.add(f.type());
            set(b, f, rnd, anyChars);
        }
        return b.build();
    }

    private static void set(EventBuilder b, Field f, Random rnd, boolean anyChars) {
        switch (f.type()) {
            case KEYWORD, TEXT -> b.set(f, text(rnd, anyChars));
            case IP -> b.set(f, ip(rnd));
            case LONG -> b.set(f, rnd.nextLong() >> rnd.nextInt(64));
            case DOUBLE -> b.set(f, rnd.nextBoolean() ? rnd.nextDouble() * 1e6 : (double) rnd.nextInt(100));
            case TIMESTAMP -> b.setTimestamp(f, rnd.nextLong() >> 2);
            case BOOLEAN -> b.set(f, rnd.nextBoolean());
            case KEYWORD_LIST -> b.set(f, list(rnd, () -> text(rnd, anyChars)));
            case IP_LIST -> b.setIps(f, list(rnd, () -> ip(rnd)));
            case LONG_LIST -> b.setLongs(f, list(rnd, rnd::nextLong));
            case DOUBLE_LIST -> b.setDoubles(f, list(rnd, () -> rnd.nextDouble() - 0.5));
            case OBJECT_LIST -> b.setObjects(f, list(rnd, () -> object(rnd, anyChars)));
        }
    }

    private static Map<String, Object> object(Random rnd, boolean anyChars) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", text(rnd, anyChars));
        m.put("ttl", (long) rnd.nextInt(86400));
        if (rnd.nextBoolean()) {
            m.put("score", rnd.nextDouble());
            m.put("flags", List.of("qr", "rd"));
            m.put("ok", rnd.nextBoolean());
            m.put("rdata", Map.of("address", "192.0.2." + rnd.nextInt(255)));
        }
        return m;
    }

    private static <T> List<T> list(Random rnd, java.util.function.Supplier<T> item) {
        List<T> out = new ArrayList<>();
        for (int i = rnd.nextInt(4); i > 0; i--) {
            out.add(item.get());
        }
        return out;
    }

    private static IpAddress ip(Random rnd) {
        return rnd.nextBoolean() ? IpAddress.ofV4(rnd.nextInt()) : IpAddress.ofV6(rnd.nextLong(), rnd.nextLong());
    }

    private static String text(Random rnd, boolean anyChars) {
        StringBuilder sb = new StringBuilder();
        for (int i = rnd.nextInt(30); i > 0; i--) {
            int kind = rnd.nextInt(10);
            if (anyChars) {
                sb.append((char) rnd.nextInt(0x10000));
            } else if (kind < 6) {
                sb.append((char) (32 + rnd.nextInt(95)));
            } else if (kind < 7) {
                sb.append((char) rnd.nextInt(32));
            } else if (kind < 8) {
                sb.append("\u00e9\u4e2d\"\\");
            } else if (kind < 9) {
                sb.appendCodePoint(0x1F600 + rnd.nextInt(50));
            } else {
                sb.append('\u2028');
            }
        }
        return sb.toString();
    }
}
