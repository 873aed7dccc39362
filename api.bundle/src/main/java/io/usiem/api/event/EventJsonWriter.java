package io.usiem.api.event;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes an event as one line of ECS JSON with flat, dotted keys: the header first in a fixed order,
 * then the normalized fields sorted by name, then {@code event.original}. This is the form of
 * {@code siem:parse}, of parser golden files and of the NDJSON sinks, deterministic for a given event;
 * {@code io.usiem.api.codec.EventJsonReader} reads it back.
 *
 * <p>Header keys: {@code @timestamp} (event time, or received time when the log gave none, then
 * {@code usiem.event_time_known} is false), {@code event.ingested}, {@code event.kind},
 * {@code event.category} and {@code event.type} (arrays of ECS values), {@code ecs.version},
 * {@code usiem.category}, {@code usiem.sequence}, {@code usiem.source_type}, {@code usiem.logsource.*},
 * {@code usiem.origin.hostname} and {@code usiem.origin.ip} (the sender as the input saw it),
 * {@code observer.vendor}, {@code observer.product}, {@code organization.id} (the tenant), {@code tags}.
 * No field can take one of these names ({@link Field}), so no key is written twice.
 *
 * <p>Values keep their types: numbers as JSON numbers, booleans, lists as arrays, arrays of objects as
 * arrays of objects, IPs and timestamps (ISO-8601) as strings. Dynamic fields whose type JSON cannot
 * show (IP, timestamp, text, IP list, empty lists) are named in {@code usiem.field_types}. Lone UTF-16
 * surrogates are written as U+FFFD and non-finite doubles as null.
 */
public final class EventJsonWriter {
    /**
     * The ECS version the JSON conforms to.
     *
     * @since 1.0
     */
    public static final String ECS_VERSION = "8.17.0";

    private static final Comparator<Field> BY_NAME = Comparator.comparing(Field::name);
    private static final EcsCategory[] CATEGORIES = EcsCategory.values();
    private static final EcsEventType[] TYPES = EcsEventType.values();

    private EventJsonWriter() {
    }

    /**
     * @param event an event
     * @return the event as one line of JSON
     */
    public static String toJson(Event event) {
        StringBuilder sb = new StringBuilder(384 + event.raw().length() * 2);
        write(event, sb);
        return sb.toString();
    }

    /**
     * @param event an event
     * @param out receives one line of JSON, without a line break
     */
    public static void write(Event event, StringBuilder out) {
        out.append('{');
        key(out, "@timestamp", true);
        time(out, event.eventNanos());
        key(out, "event.ingested", false);
        time(out, event.receivedNanos());
        key(out, "event.kind", false);
        string(out, event.kind().ecsName());
        int categories = event.ecsCategoryMask();
        if (categories != 0) {
            key(out, "event.category", false).append('[');
            for (EcsCategory c : CATEGORIES) {
                if ((categories & 1 << c.ordinal()) != 0) {
                    string(out, c.ecsName());
                    out.append(',');
                }
            }
            out.setCharAt(out.length() - 1, ']');
        }
        int types = event.ecsTypeMask();
        if (types != 0) {
            key(out, "event.type", false).append('[');
            for (EcsEventType t : TYPES) {
                if ((types & 1 << t.ordinal()) != 0) {
                    string(out, t.ecsName());
                    out.append(',');
                }
            }
            out.setCharAt(out.length() - 1, ']');
        }
        key(out, "ecs.version", false);
        string(out, ECS_VERSION);
        key(out, "usiem.category", false);
        string(out, event.category().name());
        if (event.sequence() != 0) {
            key(out, "usiem.sequence", false).append(event.sequence());
        }
        if (!event.hasEventTime()) {
            key(out, "usiem.event_time_known", false).append(false);
        }
        optional(out, "usiem.source_type", event.sourceType());
        LogSource ls = event.logSource();
        if (ls != null) {
            optional(out, "usiem.logsource.product", ls.product());
            optional(out, "usiem.logsource.service", ls.service());
            optional(out, "usiem.logsource.category", ls.category());
        }
        optional(out, "usiem.origin.hostname", event.originHost());
        if (event.originIp() != null) {
            optional(out, "usiem.origin.ip", event.originIp().toString());
        }
        optional(out, "observer.vendor", event.observerVendor());
        optional(out, "observer.product", event.observerProduct());
        optional(out, "organization.id", event.tenant());
        List<String> tags = event.tags();
        if (!tags.isEmpty()) {
            key(out, "tags", false);
            stringArray(out, tags);
        }
        Field[] fields = new Field[event.fieldCount()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = event.fieldAt(i);
        }
        Arrays.sort(fields, BY_NAME);
        int hinted = 0;
        for (Field f : fields) {
            key(out, f.name(), false);
            value(out, event, f);
            if (needsTypeHint(event, f)) {
                hinted++;
            }
        }
        if (hinted > 0) {
            key(out, "usiem.field_types", false).append('{');
            boolean first = true;
            for (Field f : fields) {
                if (needsTypeHint(event, f)) {
                    key(out, f.name(), first);
                    string(out, f.type().name().toLowerCase(java.util.Locale.ROOT));
                    first = false;
                }
            }
            out.append('}');
        }
        key(out, "event.original", false);
        string(out, event.raw());
        out.append('}');
    }

    /** Whether a reader could not tell the field's type from its JSON value alone. */
    private static boolean needsTypeHint(Event e, Field f) {
        if (!f.isDynamic()) {
            return false;
        }
        switch (f.type()) {
            case TEXT:
            case IP:
            case TIMESTAMP:
            case IP_LIST:
                return true;
            case LONG_LIST:
            case DOUBLE_LIST:
            case OBJECT_LIST:
                return ((List<?>) e.get(f)).isEmpty();
            default:
                return false;
        }
    }

    private static void value(StringBuilder out, Event e, Field f) {
        switch (f.type()) {
            case KEYWORD:
            case TEXT:
                string(out, e.getText(f));
                break;
            case IP:
                string(out, e.getIp(f).toString());
                break;
            case LONG:
                out.append(e.getLong(f, 0));
                break;
            case DOUBLE:
                number(out, e.getDouble(f, 0));
                break;
            case TIMESTAMP:
                time(out, e.getTimestamp(f, 0));
                break;
            case BOOLEAN:
                out.append(Boolean.TRUE.equals(e.get(f)));
                break;
            case KEYWORD_LIST:
                stringArray(out, e.getList(f));
                break;
            default:
                json(out, e.get(f));
        }
    }

    private static void number(StringBuilder out, double d) {
        if (Double.isFinite(d)) {
            out.append(d);
        } else {
            out.append("null");
        }
    }

    /** Writes a list, map or scalar value of a list or object field. */
    private static void json(StringBuilder out, Object v) {
        if (v instanceof String) {
            string(out, (String) v);
        } else if (v instanceof Double) {
            number(out, (Double) v);
        } else if (v instanceof Long || v instanceof Boolean) {
            out.append(v);
        } else if (v instanceof IpAddress) {
            string(out, v.toString());
        } else if (v instanceof List) {
            out.append('[');
            List<?> list = (List<?>) v;
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                json(out, list.get(i));
            }
            out.append(']');
        } else if (v instanceof Map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> m : ((Map<?, ?>) v).entrySet()) {
                key(out, (String) m.getKey(), first);
                json(out, m.getValue());
                first = false;
            }
            out.append('}');
        } else {
            out.append("null");
        }
    }

    private static void stringArray(StringBuilder out, List<String> values) {
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(out, values.get(i));
        }
        out.append(']');
    }

    private static void optional(StringBuilder out, String name, String value) {
        if (value != null) {
            key(out, name, false);
            string(out, value);
        }
    }

    private static StringBuilder key(StringBuilder out, String name, boolean first) {
        if (!first) {
            out.append(',');
        }
        string(out, name);
        return out.append(':');
    }

    /**
     * Appends a JSON string literal (RFC 8259 escaping; lone surrogates become U+FFFD).
     *
     * @param out the target
     * @param s the string
     */
    public static void string(StringBuilder out, String s) {
        out.append('"');
        int n = s.length();
        int clean = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE)) {
                continue; // most characters need nothing: copied in runs below
            }
            out.append(s, clean, i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    if (c < 0x20) {
                        out.append("\\u00");
                        out.append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
                    } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else {
                        out.append('\uFFFD');
                    }
            }
            clean = i + 1;
        }
        out.append(s, clean, n);
        out.append('"');
    }

    /**
     * Writes a quoted ISO-8601 UTC time exactly as {@link Instant#toString()} does, without allocating for
     * years 0 to 9999 (every time a log can carry); other years take the slow path.
     */
    private static void time(StringBuilder out, long epochNanos) {
        long seconds = Math.floorDiv(epochNanos, 1_000_000_000L);
        int nanos = (int) Math.floorMod(epochNanos, 1_000_000_000L);
        long days = Math.floorDiv(seconds, 86_400L);
        int secOfDay = (int) Math.floorMod(seconds, 86_400L);
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        if (year < 0 || year > 9999) {
            out.append('"').append(isoTime(epochNanos)).append('"');
            return;
        }
        out.append('"');
        pad(out, (int) year, 4).append('-');
        pad(out, month, 2).append('-');
        pad(out, day, 2).append('T');
        pad(out, secOfDay / 3600, 2).append(':');
        pad(out, secOfDay / 60 % 60, 2).append(':');
        pad(out, secOfDay % 60, 2);
        if (nanos != 0) {
            out.append('.');
            if (nanos % 1_000_000 == 0) {
                pad(out, nanos / 1_000_000, 3);
            } else if (nanos % 1000 == 0) {
                pad(out, nanos / 1000, 6);
            } else {
                pad(out, nanos, 9);
            }
        }
        out.append("Z\"");
    }

    private static StringBuilder pad(StringBuilder out, int value, int digits) {
        for (int d = digits - 1, p = pow10(d); d >= 0; d--, p /= 10) {
            out.append((char) ('0' + value / p % 10));
        }
        return out;
    }

    private static int pow10(int n) {
        int p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    /**
     * @param epochNanos nanoseconds since the epoch
     * @return ISO-8601 UTC text, with as many fraction digits as needed
     */
    public static String isoTime(long epochNanos) {
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L)).toString();
    }
}
