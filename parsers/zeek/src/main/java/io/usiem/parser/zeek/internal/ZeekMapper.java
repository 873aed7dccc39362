package io.usiem.parser.zeek.internal;

import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Puts one Zeek column into the event: the ECS fields Elastic's Zeek integration fills from it, and
 * the column itself under {@code zeek.<dataset>.<column>} unless Elastic renames it away (ts, uid, the
 * connection's id, byte and packet counters, http's request fields).
 */
final class ZeekMapper {
    private ZeekMapper() {
    }

    /** @param v String, Long, Double, Boolean, ZeekTime.Nanos or a List of those */
    static void put(ZeekLog log, String name, Object v, EventBuilder b, ZeekLine s) {
        if (v == null || map(log, name, v, b, s)) {
            setGeneric(log.field(name, typeOf(v)), v, b);
        }
    }

    private static FieldType typeOf(Object v) {
        if (v instanceof Long) {
            return FieldType.LONG;
        } else if (v instanceof Double) {
            return FieldType.DOUBLE;
        } else if (v instanceof Boolean) {
            return FieldType.BOOLEAN;
        } else if (v instanceof ZeekTime.Nanos) {
            return FieldType.TIMESTAMP;
        } else if (v instanceof List) {
            List<?> l = (List<?>) v;
            boolean longs = true;
            boolean numbers = true;
            for (Object o : l) {
                longs &= o instanceof Long;
                numbers &= o instanceof Number;
            }
            return longs ? FieldType.LONG_LIST : numbers ? FieldType.DOUBLE_LIST : FieldType.KEYWORD_LIST;
        }
        return FieldType.KEYWORD;
    }

    @SuppressWarnings("unchecked")
    private static void setGeneric(Field f, Object v, EventBuilder b) {
        switch (f.type()) {
            case LONG:
                b.set(f, (long) (Long) v);
                break;
            case DOUBLE:
                b.set(f, (double) (Double) v);
                break;
            case BOOLEAN:
                b.set(f, (boolean) (Boolean) v);
                break;
            case TIMESTAMP:
                b.setTimestamp(f, ((ZeekTime.Nanos) v).value());
                break;
            case LONG_LIST:
                b.setLongs(f, (List<Long>) v);
                break;
            case DOUBLE_LIST: {
                List<Double> d = new ArrayList<>();
                for (Object o : (List<?>) v) {
                    d.add(((Number) o).doubleValue());
                }
                b.setDoubles(f, d);
                break;
            }
            case KEYWORD_LIST: {
                List<String> t = new ArrayList<>();
                for (Object o : (List<?>) v) {
                    t.add(o instanceof ZeekTime.Nanos ? Long.toString(((ZeekTime.Nanos) o).value()) : String.valueOf(o));
                }
                b.set(f, t);
                break;
            }
            default:
                b.set(f, String.valueOf(v));
        }
    }

    /** @return whether the column is also kept under its vendor name */
    private static boolean map(ZeekLog log, String name, Object v, EventBuilder b, ZeekLine s) {
        switch (name) {
            case "ts": {
                long t = ZeekTime.of(v);
                if (t == ZeekTime.INVALID) {
                    return true;
                }
                b.eventNanos(t);
                return false;
            }
            case "uid":
                b.set(ZeekFields.SESSION_ID, String.valueOf(v)).set(Fields.EVENT_ID, String.valueOf(v));
                return false;
            case "id.orig_h":
                s.srcIp = address(v, Fields.SOURCE_IP, Fields.SOURCE_ADDRESS, b);
                return false;
            case "id.resp_h":
                s.dstIp = address(v, Fields.DESTINATION_IP, Fields.DESTINATION_ADDRESS, b);
                return false;
            case "id.orig_p":
                return !number(Fields.SOURCE_PORT, v, b);
            case "id.resp_p":
                return !number(Fields.DESTINATION_PORT, v, b);
            case "community_id":
                b.set(Fields.NETWORK_COMMUNITY_ID, String.valueOf(v));
                return false;
            case "proto":
                b.set(Fields.NETWORK_TRANSPORT, String.valueOf(v).toLowerCase(Locale.ROOT));
                return false;
            default:
                break;
        }
        switch (log.name) {
            case "conn":
                return ZeekConnMapper.conn(name, v, b, s);
            case "dns":
                return ZeekConnMapper.dns(name, v, b, s);
            case "http":
                return ZeekConnMapper.http(name, v, b, s);
            default:
                return ZeekAppMapper.map(log.name, name, v, b, s);
        }
    }

    static IpAddress address(Object v, Field ip, Field address, EventBuilder b) {
        String text = String.valueOf(v);
        b.set(address, text);
        IpAddress parsed = IpAddress.tryParse(text);
        if (parsed != null) {
            b.set(ip, parsed);
        }
        return parsed;
    }

    /** @return whether it was a number (and so set) */
    static boolean number(Field f, Object v, EventBuilder b) {
        long n = asLong(v);
        if (n == Long.MIN_VALUE) {
            return false;
        }
        b.set(f, n);
        return true;
    }

    static long asLong(Object v) {
        if (v instanceof Long) {
            return (Long) v;
        }
        if (v instanceof String) {
            try {
                return Long.parseLong((String) v);
            } catch (NumberFormatException e) {
                return Long.MIN_VALUE;
            }
        }
        return Long.MIN_VALUE;
    }

    static Boolean asBoolean(Object v) {
        if (v instanceof Boolean) {
            return (Boolean) v;
        }
        return "T".equals(v) || "true".equals(v) ? Boolean.TRUE : "F".equals(v) || "false".equals(v) ? Boolean.FALSE : null;
    }

    static boolean text(Field f, Object v, EventBuilder b) {
        if (v instanceof String) {
            b.set(f, (String) v);
            return true;
        }
        return false;
    }
}
