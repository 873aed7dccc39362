package io.usiem.parser.suricata.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.FieldType;
import io.usiem.api.parser.ValueCache;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks one EVE record with Jackson's streaming parser: members with a role go to {@link EveMapper},
 * every other member (and those the mapping keeps) becomes a typed {@code suricata.eve.<path>} field.
 * No tree is built except for arrays of objects, which become object lists.
 */
final class EveReader {
    static final int MAX_DEPTH = 32;
    /**
     * Members a record may have: every member is a field, and setting a field scans those set before it, so a
     * hostile line of a million keys would cost hours. Stats records (the largest Suricata writes) hold about a thousand.
     */
    static final int MAX_MEMBERS = 5_000;

    private final PathNode root;
    /** Event types, protocols, interfaces, signatures and host names repeat from record to record. */
    private final ValueCache values;

    /** @param cachedPaths how many paths (the first made: the defined ones, then the first seen) have their values reused */
    EveReader(PathNode root, int cachedPaths) {
        this.root = root;
        this.values = new ValueCache(cachedPaths);
    }

    /** Reads the object whose START_OBJECT was just read. */
    void readRecord(JsonParser p, EventBuilder b, EveLine s) throws IOException {
        s.values = values;
        readObject(root, p, b, s, 1);
    }

    private void readObject(PathNode node, JsonParser p, EventBuilder b, EveLine s, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new EveFormatException("JSON nested deeper than " + MAX_DEPTH + " levels");
        }
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            if (++s.members > MAX_MEMBERS) {
                throw new EveFormatException("EVE record with more than " + MAX_MEMBERS + " members");
            }
            PathNode child = node.child(p.currentName());
            t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                readObject(child, p, b, s, depth + 1);
            } else if (t == JsonToken.START_ARRAY) {
                readArray(child, p, b, s, depth + 1);
            } else if (t == null) {
                throw new EveFormatException("truncated EVE JSON");
            } else {
                s.member(child.slot);
                if (child.role == EveRole.NONE || EveMapper.scalar(child.role, t, p, b, s)) {
                    if (t == JsonToken.VALUE_STRING) {
                        b.set(child.field(FieldType.KEYWORD), s.text(p));
                    } else {
                        setScalar(child, t, p, b);
                    }
                }
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw new EveFormatException("truncated EVE JSON");
        }
    }

    static void setScalar(PathNode node, JsonToken t, JsonParser p, EventBuilder b) throws IOException {
        switch (t) {
            case VALUE_STRING:
                b.set(node.field(FieldType.KEYWORD), p.getText());
                break;
            case VALUE_NUMBER_INT:
                if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    b.set(node.field(FieldType.KEYWORD), p.getText());
                } else {
                    b.set(node.field(FieldType.LONG), p.getLongValue());
                }
                break;
            case VALUE_NUMBER_FLOAT: {
                double d = p.getDoubleValue();
                if (Double.isFinite(d)) {
                    b.set(node.field(FieldType.DOUBLE), d);
                } else {
                    b.set(node.field(FieldType.KEYWORD), p.getText());
                }
                break;
            }
            case VALUE_TRUE:
            case VALUE_FALSE:
                b.set(node.field(FieldType.BOOLEAN), t == JsonToken.VALUE_TRUE);
                break;
            default:
                break; // null: an absent value
        }
    }

    private void readArray(PathNode node, JsonParser p, EventBuilder b, EveLine s, int depth) throws IOException {
        // Most EVE arrays hold one string (alert metadata): that one becomes an immutable list the event keeps as is.
        Object first = null;
        List<Object> more = null;
        boolean allString = true;
        boolean allLong = true;
        boolean allNumber = true;
        boolean allMap = true;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            Object v = t == JsonToken.VALUE_STRING
                    ? values.get(node.slot, p.getTextCharacters(), p.getTextOffset(), p.getTextLength())
                    : readAny(t, p, depth + 1);
            if (v == null) {
                continue;
            }
            if (first == null) {
                first = v;
            } else {
                if (more == null) {
                    more = new ArrayList<>();
                    more.add(first);
                }
                more.add(v);
            }
            allString &= v instanceof String;
            allLong &= v instanceof Long;
            allNumber &= v instanceof Number;
            allMap &= v instanceof Map;
        }
        if (first == null) {
            return;
        }
        List<Object> items = more != null ? more : List.of(first);
        if (node.role != EveRole.NONE && !EveMapper.array(node.role, items, b, s)) {
            return;
        }
        if (allMap) {
            b.setObjects(node.field(FieldType.OBJECT_LIST), ObjectShapes.objects(items));
        } else if (allLong) {
            @SuppressWarnings("unchecked")
            List<Long> longs = (List<Long>) (List<?>) items;
            b.setLongs(node.field(FieldType.LONG_LIST), longs);
        } else if (allNumber) {
            List<Double> doubles = new ArrayList<>(items.size());
            for (Object o : items) {
                doubles.add(((Number) o).doubleValue());
            }
            b.setDoubles(node.field(FieldType.DOUBLE_LIST), doubles);
        } else if (allString) {
            @SuppressWarnings("unchecked")
            List<String> texts = (List<String>) (List<?>) items;
            b.set(node.field(FieldType.KEYWORD_LIST), texts);
        } else {
            List<String> texts = new ArrayList<>(items.size());
            for (Object o : items) {
                texts.add(String.valueOf(o));
            }
            b.set(node.field(FieldType.KEYWORD_LIST), texts);
        }
    }

    /** @return the value as String, Long, Double, Boolean, List or Map; null for JSON null */
    static Object readAny(JsonToken t, JsonParser p, int depth) throws IOException {
        if (t == null) {
            throw new EveFormatException("truncated EVE JSON");
        }
        if (depth > MAX_DEPTH) {
            throw new EveFormatException("JSON nested deeper than " + MAX_DEPTH + " levels");
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
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                JsonToken e;
                while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                    Object v = readAny(e, p, depth + 1);
                    if (v != null) {
                        list.add(v);
                    }
                }
                return list;
            }
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                JsonToken e;
                while ((e = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Object v = readAny(p.nextToken(), p, depth + 1);
                    if (v != null) {
                        map.put(key, v);
                    }
                }
                if (e != JsonToken.END_OBJECT) {
                    throw new EveFormatException("truncated EVE JSON");
                }
                return map;
            }
            case VALUE_NULL:
                return null;
            default:
                throw new EveFormatException("unexpected JSON token " + t);
        }
    }
}
