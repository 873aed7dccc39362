package io.usiem.rules.sigma.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A Sigma string value split into literal text and wildcards. A backslash escapes a following
 * {@code *}, {@code ?} or backslash; any other backslash is literal (spec: "Escape Character").
 */
final class SigmaString {
    /** Marks an unbounded wildcard in {@link #parts()}. */
    static final Object MANY = new Object() {
        @Override
        public String toString() {
            return "*";
        }
    };
    /** Marks a one-character wildcard in {@link #parts()}. */
    static final Object ONE = new Object() {
        @Override
        public String toString() {
            return "?";
        }
    };

    private final List<Object> parts;

    private SigmaString(List<Object> parts) {
        this.parts = parts;
    }

    /** @param text the value as written in the rule @return its parts */
    static SigmaString parse(String text) {
        List<Object> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char n = text.charAt(i + 1);
                if (n == '*' || n == '?' || n == '\\') {
                    lit.append(n);
                    i++;
                    continue;
                }
                lit.append(c);
            } else if (c == '*' || c == '?') {
                if (lit.length() > 0) {
                    parts.add(lit.toString());
                    lit.setLength(0);
                }
                parts.add(c == '*' ? MANY : ONE);
            } else {
                lit.append(c);
            }
        }
        if (lit.length() > 0) {
            parts.add(lit.toString());
        }
        return new SigmaString(parts);
    }

    /** @param literal plain text with no wildcards (an encoded value) @return it as one part */
    static SigmaString literal(String literal) {
        return new SigmaString(literal.isEmpty() ? List.of() : List.of(literal));
    }

    /** @return literal strings and the {@link #MANY} / {@link #ONE} markers, in order */
    List<Object> parts() {
        return Collections.unmodifiableList(parts);
    }

    /** @return whether the value holds an unescaped wildcard */
    boolean hasWildcards() {
        for (Object p : parts) {
            if (!(p instanceof String)) {
                return true;
            }
        }
        return false;
    }

    /** @return the value with wildcards read as the characters they are written with, escapes removed */
    String plain() {
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            sb.append(p);
        }
        return sb.toString();
    }

    /**
     * @param prefix add a leading {@code *}
     * @param suffix add a trailing {@code *}
     * @return a copy with wildcards around it, consecutive {@code *} merged
     */
    SigmaString wrap(boolean prefix, boolean suffix) {
        List<Object> out = new ArrayList<>(parts.size() + 2);
        if (prefix) {
            out.add(MANY);
        }
        out.addAll(parts);
        if (suffix) {
            out.add(MANY);
        }
        List<Object> merged = new ArrayList<>(out.size());
        for (Object p : out) {
            if (p == MANY && !merged.isEmpty() && merged.get(merged.size() - 1) == MANY) {
                continue;
            }
            merged.add(p);
        }
        return new SigmaString(merged);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            if (p instanceof String) {
                sb.append(((String) p).replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?"));
            } else {
                sb.append(p);
            }
        }
        return sb.toString();
    }
}
