package io.usiem.api.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Reads a dotted member path out of the objects of an OBJECT_LIST value. */
final class ObjectPaths {
    private ObjectPaths() {
    }

    static List<Object> collect(List<Map<String, Object>> objects, String path) {
        List<Object> out = new ArrayList<>();
        for (Map<String, Object> o : objects) {
            add(out, o, path);
        }
        return out.isEmpty() ? Collections.emptyList() : Collections.unmodifiableList(out);
    }

    @SuppressWarnings("unchecked")
    private static void add(List<Object> out, Map<String, Object> o, String path) {
        Object v = o.get(path);
        if (v == null) {
            // Members may themselves be objects: dns.answers.rdata.address
            int dot = path.indexOf('.');
            if (dot > 0 && o.get(path.substring(0, dot)) instanceof Map) {
                add(out, (Map<String, Object>) o.get(path.substring(0, dot)), path.substring(dot + 1));
            }
            return;
        }
        if (v instanceof List) {
            out.addAll((List<Object>) v);
        } else {
            out.add(v);
        }
    }
}
