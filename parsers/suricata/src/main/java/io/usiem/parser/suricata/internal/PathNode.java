package io.usiem.parser.suricata.internal;

import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One JSON object member path under {@code suricata.eve}: resolves its typed fields once and knows the
 * {@link EveRole} the mapping gives it. Children are cached by key (Jackson hands out canonical key
 * strings, so the lookup is a cached hash and an identity compare); the cache is bounded against
 * hostile keys, past which nodes are made per line.
 */
final class PathNode {
    private static final int TYPES = FieldType.values().length;

    final String name;
    final int role;
    /** This path's slot in the parser's {@link io.usiem.api.parser.ValueCache} (paths past its size are not cached). */
    final int slot;
    private final AtomicInteger ids;
    private final ConcurrentHashMap<String, PathNode> children = new ConcurrentHashMap<>(8);
    private final AtomicInteger budget;
    private final Field[] fields = new Field[TYPES];

    private PathNode(String name, int role, AtomicInteger budget, AtomicInteger ids) {
        this.name = name;
        this.role = role;
        this.budget = budget;
        this.ids = ids;
        this.slot = ids.getAndIncrement();
    }

    /** @param prefix the root name, e.g. {@code suricata.eve} @param maxNodes cache bound @return a root */
    static PathNode root(String prefix, int maxNodes) {
        return new PathNode(prefix, EveRole.NONE, new AtomicInteger(maxNodes), new AtomicInteger());
    }

    /** Gives the node at a dotted path below this one a role (at construction, before any line). */
    void define(String path, int role) {
        PathNode node = this;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            // Jackson interns member names: an interned key makes each lookup an identity compare, not a char compare.
            parts[i] = parts[i].intern();
            int r = i == parts.length - 1 ? role : EveRole.NONE;
            PathNode parent = node;
            node = parent.children.computeIfAbsent(parts[i], k -> new PathNode(parent.name + "." + k, EveRole.NONE, budget, ids));
            if (r != EveRole.NONE) {
                PathNode roled = new PathNode(node.name, r, budget, ids);
                roled.children.putAll(node.children);
                parent.children.put(parts[i], roled);
                node = roled;
            }
        }
    }

    /** @param key a member name @return its node, cached while the budget lasts */
    PathNode child(String key) {
        PathNode c = children.get(key);
        if (c != null) {
            return c;
        }
        PathNode made = new PathNode(name + "." + key, EveRole.NONE, budget, ids);
        if (budget.getAndDecrement() > 0) {
            PathNode raced = children.putIfAbsent(key, made);
            return raced == null ? made : raced;
        }
        budget.incrementAndGet();
        return made;
    }

    /** @param type the value's type @return this path's field of that type */
    Field field(FieldType type) {
        Field f = fields[type.ordinal()];
        if (f == null) {
            f = Field.of(name, type);
            fields[type.ordinal()] = f; // a benign race: every thread computes the same field
        }
        return f;
    }
}
