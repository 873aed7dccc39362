package io.usiem.parser.zeek.internal;

import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The TSV header state of every origin (input, sending host, declared source type, file path): header
 * lines replace the origin's state, data lines read it. The kernel hands an input's lines over in order,
 * so a file's header precedes its data. Several files through one origin (conn.log and dns.log tailed
 * by one input) each keep their header, found again by their column count. Bounded: past the limit an
 * arbitrary origin is forgotten (its next data line is a format error until its header comes again).
 */
final class ZeekHeaders {
    /** One origin's headers: the one being built and the complete ones by log. */
    static final class Origin {
        volatile TsvHeader building = TsvHeader.empty();
        volatile TsvHeader current;
        final ConcurrentHashMap<String, TsvHeader> byLog = new ConcurrentHashMap<>(4);

        synchronized void update(java.util.function.UnaryOperator<TsvHeader> change) {
            TsvHeader next = change.apply(building);
            building = next;
            if (next.complete()) {
                current = next;
                if (byLog.size() < 64 || byLog.containsKey(next.log)) {
                    byLog.put(next.log, next);
                }
            }
        }

        /** @return the header whose column count matches, preferring the latest; null when none does */
        TsvHeader forColumns(int columns) {
            TsvHeader c = current;
            if (c != null && c.fields.length == columns) {
                return c;
            }
            TsvHeader found = null;
            for (TsvHeader h : byLog.values()) {
                if (h.fields.length == columns) {
                    if (found != null) {
                        return null; // two logs of that width: ambiguous
                    }
                    found = h;
                }
            }
            return found;
        }
    }

    private final ConcurrentHashMap<String, Origin> origins = new ConcurrentHashMap<>();
    private final int maxOrigins;

    ZeekHeaders(int maxOrigins) {
        this.maxOrigins = maxOrigins;
    }

    /** @return the origin's state, made when first seen */
    Origin origin(String key) {
        Origin o = origins.get(key);
        if (o != null) {
            return o;
        }
        if (origins.size() >= maxOrigins) {
            Iterator<String> it = origins.keySet().iterator();
            if (it.hasNext()) {
                origins.remove(it.next());
            }
        }
        return origins.computeIfAbsent(key, k -> new Origin());
    }

    /** @return the origin's state, or null when it sent no header */
    Origin find(String key) {
        return origins.get(key);
    }
}
