package io.usiem.rules.sigma.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** String comparisons: exact, prefix, suffix, contains and wildcard globs, case-insensitive unless cased. */
final class TextTests {
    private TextTests() {
    }

    /** @param s a string @return it folded the way event values are folded */
    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * @param value a parsed Sigma string, already wrapped with the wildcards of contains/startswith/endswith
     * @param cased whether the comparison is case-sensitive
     * @return the cheapest test that implements it
     */
    static ValueTest of(SigmaString value, boolean cased) {
        List<Object> p = value.parts();
        int n = p.size();
        if (n == 0) {
            return new Plain(Kind.EXACT, "", cased);
        }
        if (n == 1 && p.get(0) == SigmaString.MANY) {
            return new Any();
        }
        if (n == 1 && p.get(0) instanceof String) {
            return new Plain(Kind.EXACT, (String) p.get(0), cased);
        }
        if (n == 2 && p.get(0) == SigmaString.MANY && p.get(1) instanceof String) {
            return new Plain(Kind.SUFFIX, (String) p.get(1), cased);
        }
        if (n == 2 && p.get(1) == SigmaString.MANY && p.get(0) instanceof String) {
            return new Plain(Kind.PREFIX, (String) p.get(0), cased);
        }
        if (n == 3 && p.get(0) == SigmaString.MANY && p.get(2) == SigmaString.MANY && p.get(1) instanceof String) {
            return new Plain(Kind.CONTAINS, (String) p.get(1), cased);
        }
        return new Glob(p, cased);
    }

    enum Kind { EXACT, PREFIX, SUFFIX, CONTAINS }

    /** A comparison without inner wildcards. */
    static final class Plain implements ValueTest {
        final Kind kind;
        final String needle;
        final boolean cased;

        Plain(Kind kind, String needle, boolean cased) {
            this.kind = kind;
            this.needle = cased ? needle : fold(needle);
            this.cased = cased;
        }

        @Override
        public boolean test(String value, String folded, EventView view) {
            String s = cased ? value : folded;
            switch (kind) {
                case EXACT:
                    return s.equals(needle);
                case PREFIX:
                    return s.startsWith(needle);
                case SUFFIX:
                    return s.endsWith(needle);
                default:
                    return s.contains(needle);
            }
        }

        @Override
        public String literal() {
            return needle.isEmpty() ? null : fold(needle);
        }

        @Override
        public boolean needsFolded() {
            return !cased;
        }

        @Override
        public int cost() {
            return kind == Kind.CONTAINS ? 2 : 1;
        }

        @Override
        public Kind literalKind() {
            return kind;
        }

        @Override
        public String toString() {
            return kind.name().toLowerCase(Locale.ROOT) + (cased ? "(cased) " : " ") + needle;
        }
    }

    /** {@code *}: any value, the empty one included. */
    static final class Any implements ValueTest {
        @Override
        public boolean test(String value, String folded, EventView view) {
            return true;
        }

        @Override
        public String toString() {
            return "any";
        }
    }

    /** A pattern with inner wildcards; the classic single-backtrack wildcard match, O(n*m) at worst, never exponential. */
    static final class Glob implements ValueTest {
        private static final byte LIT = 0;
        private static final byte STAR = 1;
        private static final byte QMARK = 2;
        private final char[] chars;
        private final byte[] kinds;
        private final boolean cased;
        private final String longest;

        Glob(List<Object> parts, boolean cased) {
            StringBuilder sb = new StringBuilder();
            List<Byte> k = new ArrayList<>();
            String best = null;
            for (Object o : parts) {
                if (o instanceof String) {
                    String s = cased ? (String) o : fold((String) o);
                    sb.append(s);
                    for (int i = 0; i < s.length(); i++) {
                        k.add(LIT);
                    }
                    if (best == null || s.length() > best.length()) {
                        best = s;
                    }
                } else {
                    sb.append(o == SigmaString.MANY ? '*' : '?');
                    k.add(o == SigmaString.MANY ? STAR : QMARK);
                }
            }
            this.chars = sb.toString().toCharArray();
            this.kinds = new byte[k.size()];
            for (int i = 0; i < kinds.length; i++) {
                kinds[i] = k.get(i);
            }
            this.cased = cased;
            this.longest = best == null ? null : fold(best);
        }

        @Override
        public boolean test(String value, String folded, EventView view) {
            String s = cased ? value : folded;
            int n = s.length();
            int pn = chars.length;
            int p = 0;
            int i = 0;
            int star = -1;
            int mark = 0;
            while (i < n) {
                if (p < pn && (kinds[p] == QMARK || (kinds[p] == LIT && chars[p] == s.charAt(i)))) {
                    p++;
                    i++;
                } else if (p < pn && kinds[p] == STAR) {
                    star = p++;
                    mark = i;
                } else if (star >= 0) {
                    p = star + 1;
                    i = ++mark;
                } else {
                    return false;
                }
            }
            while (p < pn && kinds[p] == STAR) {
                p++;
            }
            return p == pn;
        }

        @Override
        public String literal() {
            return longest;
        }

        @Override
        public boolean needsFolded() {
            return !cased;
        }

        @Override
        public int cost() {
            return 3;
        }

        @Override
        public String toString() {
            return "glob" + (cased ? "(cased) " : " ") + new String(chars);
        }
    }
}
