package io.usiem.api.event;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Writes an event as one line of JSON with flat, dotted ECS keys: the header first in a fixed order,
 * then the normalized fields sorted by name. This is the form of {@code siem:parse}, of parser golden
 * files and of the NDJSON sinks, so it is deterministic for a given event.
 */
public final class EventJsonWriter {
    private EventJsonWriter() {
    }

    /**
     * @param event an event
     * @return the event as one line of JSON
     */
    public static String toJson(Event event) {
        StringBuilder sb = new StringBuilder(256 + event.raw().length() * 2);
        write(event, sb);
        return sb.toString();
    }

    /**
     * @param event an event
     * @param out receives one line of JSON, without a line break
     */
    public static void write(Event event, StringBuilder out) {
        out.append('{');
        key(out, "@timestamp", true).append('"').append(isoTime(event.eventNanos())).append('"');
        key(out, "event.ingested", false).append('"').append(isoTime(event.receivedNanos())).append('"');
        if (event.category() != EventCategory.GENERIC) {
            key(out, "event.category", false);
            string(out, event.category().ecsCategory());
        }
        key(out, "usiem.category", false);
        string(out, event.category().name());
        optional(out, "usiem.source_type", event.sourceType());
        optional(out, "observer.vendor", event.observerVendor());
        optional(out, "observer.product", event.observerProduct());
        optional(out, "log.source.hostname", event.originHost());
        if (event.originIp() != null) {
            optional(out, "log.source.address", event.originIp().toString());
        }
        optional(out, "organization.id", event.tenant());
        List<String> tags = event.tags();
        if (!tags.isEmpty()) {
            key(out, "tags", false).append('[');
            for (int i = 0; i < tags.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(out, tags.get(i));
            }
            out.append(']');
        }
        Field[] fields = new Field[event.fieldCount()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = event.fieldAt(i);
        }
        Arrays.sort(fields, Comparator.comparing(Field::name));
        for (Field f : fields) {
            key(out, f.name(), false);
            value(out, event, f);
        }
        key(out, "event.original", false);
        string(out, event.raw());
        out.append('}');
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
            case DOUBLE: {
                double d = e.getDouble(f, 0);
                if (Double.isFinite(d)) {
                    out.append(d);
                } else {
                    out.append("null");
                }
                break;
            }
            case TIMESTAMP:
                out.append('"').append(isoTime(e.getTimestamp(f, 0))).append('"');
                break;
            case BOOLEAN:
                out.append(Boolean.TRUE.equals(e.get(f)));
                break;
            case KEYWORD_LIST: {
                out.append('[');
                List<String> values = e.getList(f);
                for (int i = 0; i < values.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    string(out, values.get(i));
                }
                out.append(']');
                break;
            }
            default:
                out.append("null");
        }
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
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
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
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }

    /**
     * @param epochNanos nanoseconds since the epoch
     * @return ISO-8601 UTC text, with as many fraction digits as needed
     */
    public static String isoTime(long epochNanos) {
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L)).toString();
    }
}
