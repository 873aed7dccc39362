package io.usiem.api.event;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Types and deep immutable copies of values given as plain Java objects (what JSON parsers produce). */
final class JsonValues {
    private JsonValues() {
    }

    private static boolean integral(Object v) {
        return v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte;
    }

    private static boolean floating(Object v) {
        return v instanceof Double || v instanceof Float;
    }

    /** @return the field type a value has by itself, or null when it has none (a lone map, mixed lists) */
    static @Nullable FieldType naturalType(Object v) {
        if (v instanceof String) {
            return FieldType.KEYWORD;
        } else if (v instanceof IpAddress) {
            return FieldType.IP;
        } else if (integral(v)) {
            return FieldType.LONG;
        } else if (floating(v)) {
            return FieldType.DOUBLE;
        } else if (v instanceof Boolean) {
            return FieldType.BOOLEAN;
        } else if (v instanceof List) {
            return listType((List<?>) v);
        }
        return null;
    }

    private static FieldType listType(List<?> list) {
        FieldType t = null;
        for (Object e : list) {
            FieldType et;
            if (e instanceof String) {
                et = FieldType.KEYWORD_LIST;
            } else if (e instanceof IpAddress) {
                et = FieldType.IP_LIST;
            } else if (integral(e)) {
                et = FieldType.LONG_LIST;
            } else if (floating(e)) {
                et = FieldType.DOUBLE_LIST;
            } else if (e instanceof Map) {
                et = FieldType.OBJECT_LIST;
            } else {
                return null;
            }
            if (t == null || t == et) {
                t = et;
            } else if (t == FieldType.LONG_LIST && et == FieldType.DOUBLE_LIST || t == FieldType.DOUBLE_LIST && et == FieldType.LONG_LIST) {
                t = FieldType.DOUBLE_LIST;
            } else {
                return null;
            }
        }
        return t == null ? FieldType.KEYWORD_LIST : t;
    }

    /** Converts a non-string value to a dictionary field's type; null when it does not fit. */
    static Object convert(Object v, FieldType target) {
        switch (target) {
            case KEYWORD:
            case TEXT:
                return v instanceof Number || v instanceof Boolean || v instanceof IpAddress ? v.toString() : null;
            case DOUBLE:
                return v instanceof Number ? ((Number) v).doubleValue() : null;
            case LONG:
                return floating(v) && ((Number) v).doubleValue() == Math.rint(((Number) v).doubleValue())
                        ? ((Number) v).longValue() : null;
            case KEYWORD_LIST:
                if (v instanceof List) {
                    List<String> out = new ArrayList<>();
                    for (Object e : (List<?>) v) {
                        if (e instanceof Map || e instanceof List || e == null) {
                            return null;
                        }
                        out.add(e.toString());
                    }
                    return out;
                }
                return v instanceof Number || v instanceof Boolean || v instanceof IpAddress ? List.of(v.toString()) : null;
            case IP_LIST:
                if (v instanceof IpAddress) {
                    return List.of(v);
                }
                if (v instanceof List) {
                    List<IpAddress> out = new ArrayList<>();
                    for (Object e : (List<?>) v) {
                        IpAddress ip = e instanceof IpAddress ? (IpAddress) e
                                : e instanceof String ? IpAddress.tryParse((String) e) : null;
                        if (ip == null) {
                            return null;
                        }
                        out.add(ip);
                    }
                    return out;
                }
                return null;
            case IP:
                return null;
            default:
                return target == naturalType(v) ? v : null;
        }
    }

    /**
     * @return a deep immutable copy with integers as Long and floats as Double (IPs inside objects as
     *     text), or null when something in it has no JSON type
     */
    static Object freeze(Object v) {
        return freeze(v, true);
    }

    private static Object freeze(Object v, boolean top) {
        if (v instanceof String || v instanceof Boolean || v instanceof Long || v instanceof Double) {
            return v;
        } else if (integral(v)) {
            return ((Number) v).longValue();
        } else if (v instanceof Float) {
            return ((Float) v).doubleValue();
        } else if (v instanceof IpAddress) {
            return top ? v : v.toString();
        } else if (v instanceof List) {
            List<?> in = (List<?>) v;
            FieldType t = listType(in);
            if (t == null) {
                return null;
            }
            List<Object> out = new ArrayList<>(in.size());
            for (Object e : in) {
                Object f = t == FieldType.DOUBLE_LIST ? Double.valueOf(((Number) e).doubleValue()) : freeze(e, top);
                if (f == null) {
                    return null;
                }
                out.add(f);
            }
            return Collections.unmodifiableList(out);
        } else if (v instanceof Map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                if (!(e.getKey() instanceof String) || e.getValue() == null) {
                    if (e.getKey() instanceof String) {
                        continue; // JSON null members carry nothing
                    }
                    return null;
                }
                Object f = freeze(e.getValue(), false);
                if (f == null) {
                    return null;
                }
                out.put((String) e.getKey(), f);
            }
            return Collections.unmodifiableMap(out);
        }
        return null;
    }
}
