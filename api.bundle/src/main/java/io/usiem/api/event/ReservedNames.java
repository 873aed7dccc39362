package io.usiem.api.event;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names no dynamic field may take: the JSON header keys, every object path that holds a dictionary
 * or header field, and every name below a dictionary or header leaf. Built once from the dictionary.
 */
final class ReservedNames {
    /** Keys the JSON writer emits from the event header; a field of the same name would be a second key. */
    static final List<String> HEADER_KEYS = List.of("@timestamp", "event.ingested", "event.original", "event.kind",
            "event.category", "event.type", "ecs.version", "tags", "organization.id", "observer.vendor", "observer.product");
    private static final String OWN_NAMESPACE = "usiem";

    private static final Set<String> LEAVES = new HashSet<>();
    private static final Set<String> OBJECTS = new HashSet<>();

    static {
        for (Field f : Fields.all()) {
            add(f.name());
        }
        for (String k : HEADER_KEYS) {
            add(k);
        }
        OBJECTS.add(OWN_NAMESPACE);
    }

    private ReservedNames() {
    }

    private static void add(String name) {
        LEAVES.add(name);
        for (int dot = name.indexOf('.'); dot > 0; dot = name.indexOf('.', dot + 1)) {
            OBJECTS.add(name.substring(0, dot));
        }
    }

    static boolean isReserved(String name) {
        if (name.startsWith(Field.SHADOWED_PREFIX)) {
            return false;
        }
        if (LEAVES.contains(name) && Fields.byName(name) == null || OBJECTS.contains(name)
                || name.startsWith(OWN_NAMESPACE + ".")) {
            return true;
        }
        // Below a leaf: "source.ip.x" would make source.ip an object in a store's mapping.
        // Members of an array of objects (dns.answers.data) are paths into it, not new leaves.
        for (int dot = name.indexOf('.'); dot > 0; dot = name.indexOf('.', dot + 1)) {
            String prefix = name.substring(0, dot);
            if (LEAVES.contains(prefix)) {
                Field f = Fields.byName(prefix);
                return f == null || f.type() != FieldType.OBJECT_LIST;
            }
        }
        return false;
    }
}
