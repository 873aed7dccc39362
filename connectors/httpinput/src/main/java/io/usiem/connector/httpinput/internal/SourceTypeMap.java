package io.usiem.connector.httpinput.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Picks a document's source type: the listener's fixed {@code source.type}, else the first {@code pattern=type} entry
 * of {@code source.type.map} whose pattern matches the document's index ({@code *} matches any text), else none (the
 * kernel chooses a parser). Immutable.
 */
final class SourceTypeMap {
    private record Rule(String pattern, String type) {
    }

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
            rules.add(new Rule(e.substring(0, eq).trim(), type));
        }
        return new SourceTypeMap(fixed == null || fixed.isBlank() ? null : fixed.trim(), List.copyOf(rules));
    }

    /** @return the source type for a document of that index, or null to let the kernel choose (an empty type too) */
    @Nullable String forIndex(@Nullable String index) {
        if (fixed != null) {
            return fixed;
        }
        if (index == null) {
            return null;
        }
        for (Rule r : rules) {
            if (matches(r.pattern(), index)) {
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
