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

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the JSON that {@link io.usiem.api.event.EventJsonWriter} writes back into an equal event:
 * header keys into the header, dictionary fields in their dictionary type, dynamic fields in the type
 * {@code usiem.field_types} names or, without a hint, the type their JSON value has (string: keyword,
 * integer: long, fraction: double, boolean, arrays). Keys that are neither are dynamic fields, under
 * {@link Field#SHADOWED_PREFIX} when their names are reserved, so a foreign document cannot set the
 * tenant through a field. Stateless and thread-safe.
 *
 * @since 1.0
 */
public final class EventJsonReader {
    private EventJsonReader() {
    }

    /**
     * @param json one JSON object
     * @return the event
     * @throws EventFormatException with the offset, when the text is not JSON or a value does not fit
     */
    public static Event read(String json) {
        JsonScanner scanner = new JsonScanner(json);
        Map<String, Object> doc = scanner.document();
        Object original = doc.remove("event.original");
        EventBuilder b = Event.builder(original instanceof String ? (String) original : "");
        Object hints = doc.remove("usiem.field_types");
        @SuppressWarnings("unchecked")
        Map<String, Object> types = hints instanceof Map ? (Map<String, Object>) hints : Map.of();
        long timestamp = time(doc.remove("@timestamp"), "@timestamp");
        long ingested = doc.containsKey("event.ingested") ? time(doc.remove("event.ingested"), "event.ingested") : timestamp;
        b.receivedNanos(ingested);
        boolean known = !Boolean.FALSE.equals(doc.remove("usiem.event_time_known"));
        b.eventNanos(known ? timestamp : 0);
        String product = null;
        String service = null;
        String category = null;
        String vendor = null;
        String observerProduct = null;
        for (Map.Entry<String, Object> e : doc.entrySet()) {
            String key = e.getKey();
            Object v = e.getValue();
            switch (key) {
                case "event.kind":
                    b.kind(enumValue(EventKind.fromEcs(text(v, key)), key, v));
                    break;
                case "event.category":
                    for (String c : strings(v, key)) {
                        b.ecsCategory(enumValue(EcsCategory.fromEcs(c), key, c));
                    }
                    break;
                case "event.type":
                    for (String t : strings(v, key)) {
                        b.ecsType(enumValue(EcsEventType.fromEcs(t), key, t));
                    }
                    break;
                case "ecs.version":
                    break;
                case "usiem.category":
                    try {
                        b.category(EventCategory.valueOf(text(v, key)));
                    } catch (IllegalArgumentException ex) {
                        throw new EventFormatException("unknown usiem.category " + v, 0);
                    }
                    break;
                case "usiem.sequence":
                    b.sequence(number(v, key).longValue());
                    break;
                case "usiem.source_type":
                    b.sourceType(text(v, key));
                    break;
                case "usiem.logsource.product":
                    product = text(v, key);
                    break;
                case "usiem.logsource.service":
                    service = text(v, key);
                    break;
                case "usiem.logsource.category":
                    category = text(v, key);
                    break;
                case "usiem.origin.hostname":
                    b.originHost(text(v, key));
                    break;
                case "usiem.origin.ip":
                    b.originIp(ip(v, key));
                    break;
                case "observer.vendor":
                    vendor = text(v, key);
                    break;
                case "observer.product":
                    observerProduct = text(v, key);
                    break;
                case "organization.id":
                    b.tenant(text(v, key));
                    break;
                case "tags":
                    for (String t : strings(v, key)) {
                        b.tag(t);
                    }
                    break;
                default:
                    field(b, key, v, types.get(key));
            }
        }
        b.observer(vendor, observerProduct);
        if (product != null || service != null || category != null) {
            b.logSource(LogSource.of(product, service, category));
        }
        return b.build();
    }

    private static void field(EventBuilder b, String key, Object v, Object hint) {
        if (v == null) {
            return;
        }
        Field f = Fields.byName(key);
        if (f == null) {
            FieldType type = hint != null ? hintedType(key, hint) : null;
            f = Field.of(key, type != null ? type : FieldType.KEYWORD);
            if (type == null) {
                if (!b.trySet(f, v)) {
                    throw new EventFormatException("value of " + key + " has no field type", 0);
                }
                return;
            }
        }
        Object value = v;
        switch (f.type()) {
            case IP:
                value = ip(v, key);
                break;
            case TIMESTAMP:
                b.setTimestamp(f, time(v, key));
                return;
            case IP_LIST: {
                List<IpAddress> ips = new ArrayList<>();
                for (String s : strings(v, key)) {
                    ips.add(ip(s, key));
                }
                b.setIps(f, ips);
                return;
            }
            case TEXT:
                b.set(f, text(v, key));
                return;
            case DOUBLE_LIST:
            case LONG_LIST:
            case OBJECT_LIST:
                if (v instanceof List && ((List<?>) v).isEmpty()) {
                    setEmpty(b, f);
                    return;
                }
                break;
            default:
                break;
        }
        if (!b.trySet(f, value)) {
            throw new EventFormatException("value of " + key + " is not a " + f.type(), 0);
        }
    }

    private static void setEmpty(EventBuilder b, Field f) {
        switch (f.type()) {
            case LONG_LIST:
                b.setLongs(f, List.of());
                break;
            case DOUBLE_LIST:
                b.setDoubles(f, List.of());
                break;
            default:
                b.setObjects(f, List.of());
        }
    }

    private static FieldType hintedType(String key, Object hint) {
        try {
            return FieldType.valueOf(String.valueOf(hint).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new EventFormatException("unknown type " + hint + " for " + key, 0);
        }
    }

    private static <T> T enumValue(T value, String key, Object given) {
        if (value == null) {
            throw new EventFormatException(key + ": " + given + " is not an ECS value", 0);
        }
        return value;
    }

    private static String text(Object v, String key) {
        if (!(v instanceof String)) {
            throw new EventFormatException(key + " is not a string", 0);
        }
        return (String) v;
    }

    private static Number number(Object v, String key) {
        if (!(v instanceof Long)) {
            throw new EventFormatException(key + " is not an integer", 0);
        }
        return (Number) v;
    }

    private static List<String> strings(Object v, String key) {
        if (v instanceof String) {
            return List.of((String) v);
        }
        if (!(v instanceof List)) {
            throw new EventFormatException(key + " is not an array of strings", 0);
        }
        List<String> out = new ArrayList<>();
        for (Object o : (List<?>) v) {
            out.add(text(o, key));
        }
        return out;
    }

    private static IpAddress ip(Object v, String key) {
        IpAddress ip = IpAddress.tryParse(text(v, key));
        if (ip == null) {
            throw new EventFormatException(key + ": " + v + " is not an IP address", 0);
        }
        return ip;
    }

    private static long time(Object v, String key) {
        if (v == null) {
            throw new EventFormatException("missing " + key, 0);
        }
        long fast = v instanceof String ? IsoTimes.parse((String) v) : Long.MIN_VALUE;
        if (fast != Long.MIN_VALUE) {
            return fast;
        }
        try {
            Instant t = Instant.parse(text(v, key));
            return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
        } catch (DateTimeException | ArithmeticException e) {
            throw new EventFormatException(key + ": " + v + " is not an ISO-8601 UTC time", 0);
        }
    }
}
