package io.usiem.connector.httpinput.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Picks a document's source type: the listener's fixed {@code source.type}, else the first {@code pattern=type} entry
 * of {@code source.type.map} whose pattern matches the document's index ({@code *} matches any text), or, for an entry
 * written {@code pipeline:pattern=type}, the ingest pipeline the bulk action names (Filebeat modules name one per
 * dataset, e.g. {@code filebeat-8.17.0-system-auth-pipeline}); else none (the kernel chooses a parser). Immutable.
 */
final class SourceTypeMap {
    private record Rule(boolean pipeline, String pattern, String type) {
    }

    private static final String PIPELINE = "pipeline:";

    private final @Nullable String fixed;
    private final List<Rule> rules;

    private SourceTypeMap(@Nullable String fixed, List<Rule> rules) {
        this.fixed = fixed;
        this.rules = rules;
    }

    /**
     * @param fixed the listener's source type, or blank
     * @param entries {@code pattern=type} entries separated by commas or white space
     * @return the map
     * @throws IllegalArgumentException naming an entry without {@code =}
     */
    static SourceTypeMap of(@Nullable String fixed, String entries) {
        List<Rule> rules = new ArrayList<>();
        for (String e : entries.trim().split("[,\\s]+")) {
            if (e == null || e.isBlank()) {
                continue;
            }
            int eq = e.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("source.type.map: an entry must be pattern=type, not '" + e.trim() + "'");
            }
            String type = e.substring(eq + 1).trim();
            String pattern = e.substring(0, eq).trim();
            boolean pipeline = pattern.startsWith(PIPELINE);
            rules.add(new Rule(pipeline, pipeline ? pattern.substring(PIPELINE.length()) : pattern, type));
        }
        return new SourceTypeMap(fixed == null || fixed.isBlank() ? null : fixed.trim(), List.copyOf(rules));
    }

    /**
     * @param index the document's index, or null
     * @param pipeline the ingest pipeline its action (or the request) names, or null
     * @return the source type, or null to let the kernel choose (an entry with an empty type too)
     */
    @Nullable String sourceType(@Nullable String index, @Nullable String pipeline) {
        if (fixed != null) {
            return fixed;
        }
        for (Rule r : rules) {
            String subject = r.pipeline() ? pipeline : index;
            if (subject != null && matches(r.pattern(), subject)) {
                return r.type().isEmpty() ? null : r.type();
            }
        }
        return null;
    }

    /** Glob with {@code *} only; patterns are short and few, so the simple backtracking scan is enough. */
    static boolean matches(String pattern, String text) {
        return matches(pattern, 0, text, 0);
    }

    private static boolean matches(String p, int pi, String t, int ti) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                for (int k = ti; k <= t.length(); k++) {
                    if (matches(p, pi + 1, t, k)) {
                        return true;
                    }
                }
                return false;
            }
            if (ti >= t.length() || t.charAt(ti) != c) {
                return false;
            }
            pi++;
            ti++;
        }
        return ti == t.length();
    }
}
