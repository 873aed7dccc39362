package io.usiem.api.event;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** How {@link EventBuilder#setFromText} and {@link EventBuilder#trySet} fit values from a log to a field's type. */
final class ValueSetter {
    private ValueSetter() {
    }

    static boolean trySet(EventBuilder b, Field field, @Nullable Object value) {
        if (value == null) {
            b.remove(field);
            return true;
        }
        FieldType natural = JsonValues.naturalType(value);
        if (natural == null) {
            return false;
        }
        FieldType target = field.isDynamic() ? (natural == FieldType.KEYWORD && field.type() == FieldType.TEXT
                ? FieldType.TEXT : natural) : field.type();
        if (!field.isDynamic() && natural != target) {
            if (value instanceof String) {
                return setFromText(b, field, (String) value);
            }
            Object converted = JsonValues.convert(value, target);
            if (converted == null) {
                return false;
            }
            value = converted;
        }
        try {
            switch (target) {
                case KEYWORD:
                case TEXT:
                    return b.set(field, (String) value) != null;
                case IP:
                    return b.set(field, (IpAddress) value) != null;
                case LONG:
                    return b.set(field, ((Number) value).longValue()) != null;
                case DOUBLE:
                    return b.set(field, ((Number) value).doubleValue()) != null;
                case BOOLEAN:
                    return b.set(field, (boolean) (Boolean) value) != null;
                case TIMESTAMP:
                    return b.setTimestamp(field, ((Number) value).longValue()) != null;
                case OBJECT_LIST: {
                    Object frozen = JsonValues.freeze(value);
                    return frozen != null && b.setRef(field, FieldType.OBJECT_LIST, frozen) != null;
                }
                default: {
                    Object frozen = JsonValues.freeze(value);
                    return frozen != null && b.setRef(field, target, frozen) != null;
                }
            }
        } catch (ClassCastException | IllegalArgumentException e) {
            return false;
        }
    }

    static boolean setFromText(EventBuilder b, Field field, @Nullable String text) {
        if (text == null) {
            return false;
        }
        switch (field.type()) {
            case KEYWORD:
            case TEXT:
                b.set(field, text);
                return true;
            case IP: {
                IpAddress ip = IpAddress.tryParse(text);
                if (ip == null) {
                    return false;
                }
                b.set(field, ip);
                return true;
            }
            case LONG: {
                long v = parseLong(text);
                if (v == Long.MIN_VALUE) {
                    return false;
                }
                b.set(field, v);
                return true;
            }
            case DOUBLE:
                try {
                    b.set(field, Double.parseDouble(text));
                    return true;
                } catch (NumberFormatException e) {
                    return false;
                }
            case BOOLEAN:
                if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
                    b.set(field, Boolean.parseBoolean(text));
                    return true;
                }
                return false;
            case KEYWORD_LIST:
                b.set(field, List.of(text));
                return true;
            case IP_LIST: {
                IpAddress ip = IpAddress.tryParse(text);
                if (ip == null) {
                    return false;
                }
                b.setIps(field, List.of(ip));
                return true;
            }
            case TIMESTAMP:
                try {
                    java.time.Instant t = java.time.Instant.parse(text);
                    b.setTimestamp(field, t.getEpochSecond() * 1_000_000_000L + t.getNano());
                    return true;
                } catch (java.time.DateTimeException | ArithmeticException e) {
                    return false;
                }
            default:
                return false;
        }
    }

    /** Parses a decimal long without exceptions; Long.MIN_VALUE means invalid. */
    private static long parseLong(String s) {
        int n = s.length();
        if (n == 0 || n > 19 || (n == 19 && s.charAt(0) != '-' && s.charAt(0) != '+')) {
            return Long.MIN_VALUE;
        }
        int i = 0;
        boolean neg = false;
        if (s.charAt(0) == '-' || s.charAt(0) == '+') {
            neg = s.charAt(0) == '-';
            i = 1;
            if (n == 1) {
                return Long.MIN_VALUE;
            }
        }
        long v = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return Long.MIN_VALUE;
            }
            v = v * 10 + (c - '0');
        }
        return neg ? -v : v;
    }

}
