package io.usiem.connector.httpinput.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Elasticsearch's {@code filter_path} response filter, for the bulk answer: comma-separated dotted patterns where
 * {@code *} matches one field name and {@code **} any number; arrays are transparent (so {@code items.*.status} is
 * each item's status). A field is written when a pattern matches its path or a prefix of it (then all below it).
 * Filebeat and Logstash send {@code errors,items.*.error,items.*.status}. Exclusions ({@code -path}) are not
 * supported: a filter with one is ignored (the whole answer is sent, which clients read as well). Immutable.
 */
final class FilterPath {
    /** Writes everything. */
    static final FilterPath ALL = new FilterPath(List.of());

    private final List<String[]> patterns;

    private FilterPath(List<String[]> patterns) {
        this.patterns = patterns;
    }

    static FilterPath of(@Nullable String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return ALL;
        }
        List<String[]> out = new ArrayList<>();
        for (String p : parameter.split(",")) {
            String t = p.trim();
            if (t.startsWith("-")) {
                return ALL;
            }
            if (!t.isEmpty()) {
                out.add(t.split("\\."));
            }
        }
        return new FilterPath(List.copyOf(out));
    }

    /** @return whether the field at this path is written (wholly) */
    boolean includes(String... path) {
        if (patterns.isEmpty()) {
            return true;
        }
        for (String[] p : patterns) {
            if (prefixMatch(p, 0, path, 0)) {
                return true;
            }
        }
        return false;
    }

    /** The pattern is used up while the path has matched so far: the path lies at or below what the pattern names. */
    private static boolean prefixMatch(String[] p, int pi, String[] path, int i) {
        if (pi == p.length) {
            return true;
        }
        if (i == path.length) {
            return false;
        }
        if ("**".equals(p[pi])) {
            for (int k = i; k <= path.length; k++) {
                if (prefixMatch(p, pi + 1, path, k)) {
                    return true;
                }
            }
            return false;
        }
        return ("*".equals(p[pi]) || SourceTypeMap.matches(p[pi], path[i])) && prefixMatch(p, pi + 1, path, i + 1);
    }
}
