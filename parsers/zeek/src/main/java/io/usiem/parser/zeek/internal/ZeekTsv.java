package io.usiem.parser.zeek.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Splits Zeek TSV lines and converts column text by its Zeek type; undoes Zeek's {@code \xHH} escapes. */
final class ZeekTsv {
    private ZeekTsv() {
    }

    /** @return the columns of a data line */
    static String[] split(String line, char separator) {
        int count = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == separator) {
                count++;
            }
        }
        String[] out = new String[count];
        int start = 0;
        int k = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == separator) {
                out[k++] = line.substring(start, i);
                start = i + 1;
            }
        }
        out[k] = line.substring(start);
        return out;
    }

    /** @return the value (String, Long, Double, Boolean, ZeekTime.Nanos or a List), or null when unset or empty */
    static Object value(String text, String type, TsvHeader h) {
        if (text.equals(h.unsetField) || text.equals(h.emptyField) || text.isEmpty()) {
            return null;
        }
        if (type.endsWith("]") && (type.startsWith("set[") || type.startsWith("vector["))) {
            String inner = type.substring(type.indexOf('[') + 1, type.length() - 1);
            List<Object> items = new ArrayList<>();
            int start = 0;
            String sep = h.setSeparator.isEmpty() ? "," : h.setSeparator;
            while (start <= text.length()) {
                int end = text.indexOf(sep, start);
                if (end < 0) {
                    end = text.length();
                }
                String item = text.substring(start, end);
                if (!item.equals(h.unsetField)) {
                    items.add(scalar(unescape(item), inner));
                }
                start = end + sep.length();
            }
            return items.isEmpty() ? null : items;
        }
        return scalar(unescape(text), type);
    }

    static Object scalar(String text, String type) {
        try {
            switch (type) {
                case "time": {
                    long t = ZeekTime.fromSeconds(text);
                    return t == ZeekTime.INVALID ? text : new ZeekTime.Nanos(t);
                }
                case "interval":
                case "double": {
                    double d = Double.parseDouble(text);
                    return Double.isFinite(d) ? (Object) d : text;
                }
                case "count":
                case "int":
                case "port":
                    return Long.parseLong(text);
                case "bool":
                    return text.equals("T") ? Boolean.TRUE : text.equals("F") ? Boolean.FALSE : text;
                default:
                    return text;
            }
        } catch (NumberFormatException e) {
            return text; // kept as the text Zeek wrote
        }
    }

    /** Zeek writes non-printable bytes (and a separator inside a value) as {@code \xHH}. */
    static String unescape(String s) {
        if (s.indexOf("\\x") < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 3 < s.length() && s.charAt(i + 1) == 'x' && hex(s.charAt(i + 2)) >= 0 && hex(s.charAt(i + 3)) >= 0) {
                out.write(hex(s.charAt(i + 2)) * 16 + hex(s.charAt(i + 3)));
                i += 4;
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(bytes, 0, bytes.length);
                i++;
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
