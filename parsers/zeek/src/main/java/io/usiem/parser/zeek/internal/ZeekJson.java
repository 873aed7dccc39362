package io.usiem.parser.zeek.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one Zeek JSON record into column names and values with Jackson's streaming parser. Zeek's JSON is
 * flat with dotted names ({@code id.orig_h}); a nested object (some writers nest {@code id}) is
 * flattened to the same dotted names.
 */
final class ZeekJson {
    static final int MAX_DEPTH = 8;
    /** Columns a record may have: each becomes a field, and setting one scans those set before it. */
    static final int MAX_COLUMNS = 2_000;

    final List<String> names = new ArrayList<>(32);
    final List<Object> values = new ArrayList<>(32);
    String path;

    /** Reads the object whose START_OBJECT was just read. */
    void read(JsonParser p) throws IOException {
        readObject(p, null, 1);
    }

    private void readObject(JsonParser p, String prefix, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new ZeekFormatException("JSON nested deeper than " + MAX_DEPTH + " levels");
        }
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            String name = prefix == null ? key : prefix + "." + key;
            t = p.nextToken();
            if (t == null) {
                throw new ZeekFormatException("truncated Zeek JSON");
            }
            if (t == JsonToken.START_OBJECT) {
                readObject(p, name, depth + 1);
            } else if (t == JsonToken.START_ARRAY) {
                List<Object> items = new ArrayList<>();
                JsonToken e;
                while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                    Object v = scalar(e, p, depth + 1);
                    if (v != null) {
                        items.add(v);
                    }
                }
                if (!items.isEmpty()) {
                    add(name, items);
                }
            } else if (prefix == null && key.equals("_path") && t == JsonToken.VALUE_STRING) {
                path = p.getText();
            } else if (!(prefix == null && key.equals("_write_ts"))) {
                Object v = scalar(t, p, depth);
                if (v != null) {
                    add(name, v);
                }
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw new ZeekFormatException("truncated Zeek JSON");
        }
    }

    private void add(String name, Object v) {
        if (names.size() >= MAX_COLUMNS) {
            throw new ZeekFormatException("Zeek record with more than " + MAX_COLUMNS + " columns");
        }
        names.add(name);
        values.add(v);
    }

    /** @return an array element or member value; nested arrays and objects inside arrays become their JSON text */
    private static Object scalar(JsonToken t, JsonParser p, int depth) throws IOException {
        if (t == null) {
            throw new ZeekFormatException("truncated Zeek JSON");
        }
        switch (t) {
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getText() : (Object) p.getLongValue();
            case VALUE_NUMBER_FLOAT: {
                double d = p.getDoubleValue();
                return Double.isFinite(d) ? (Object) d : p.getText();
            }
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            case START_ARRAY:
            case START_OBJECT:
                if (depth > MAX_DEPTH) {
                    throw new ZeekFormatException("JSON nested deeper than " + MAX_DEPTH + " levels");
                }
                p.skipChildren();
                return null; // Zeek writes no arrays of containers
            default:
                throw new ZeekFormatException("unexpected JSON token " + t);
        }
    }

    /** @return the value of a column, or null */
    Object get(String name) {
        int i = names.indexOf(name);
        return i < 0 ? null : values.get(i);
    }
}
