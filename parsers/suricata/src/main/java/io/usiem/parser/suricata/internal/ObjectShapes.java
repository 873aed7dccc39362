package io.usiem.parser.suricata.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits arrays of objects to what an object list holds: inside an object, a list is all strings, all numbers
 * or all objects. EVE's own arrays are (metadata, answers, queries); anything else (booleans, nested or
 * mixed lists) becomes a list of its elements' text, so a record is never refused for an array's shape.
 */
final class ObjectShapes {
    private ObjectShapes() {
    }

    /** @return the maps fitted; the list itself when every map already fits (the event copies it anyway) */
    @SuppressWarnings("unchecked")
    static List<Map<String, ?>> objects(List<?> maps) {
        List<Map<String, ?>> out = null;
        for (int i = 0; i < maps.size(); i++) {
            Map<String, ?> in = (Map<String, ?>) maps.get(i);
            Map<String, ?> fitted = object(in);
            if (fitted != in && out == null) {
                out = new ArrayList<>(maps.size());
                for (int k = 0; k < i; k++) {
                    out.add((Map<String, ?>) maps.get(k));
                }
            }
            if (out != null) {
                out.add(fitted);
            }
        }
        return out != null ? out : (List<Map<String, ?>>) maps;
    }

    private static Map<String, ?> object(Map<String, ?> in) {
        Map<String, Object> out = null;
        for (Map.Entry<String, ?> e : in.entrySet()) {
            Object v = e.getValue();
            Object fitted = v instanceof Map ? object(castMap(v)) : v instanceof List ? list((List<?>) v) : v;
            if (fitted != v && out == null) {
                out = new LinkedHashMap<>(in);
            }
            if (out != null) {
                out.put(e.getKey(), fitted);
            }
        }
        return out == null ? in : out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> castMap(Object v) {
        return (Map<String, ?>) v;
    }

    private static List<?> list(List<?> in) {
        boolean strings = true;
        boolean numbers = true;
        boolean maps = true;
        for (Object e : in) {
            strings &= e instanceof String;
            numbers &= e instanceof Long || e instanceof Double;
            maps &= e instanceof Map;
        }
        if (strings || numbers) {
            return in;
        }
        List<Object> out = new ArrayList<>(in.size());
        for (Object e : in) {
            out.add(maps ? object(castMap(e)) : String.valueOf(e));
        }
        return out;
    }
}
