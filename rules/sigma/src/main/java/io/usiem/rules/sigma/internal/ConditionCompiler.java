package io.usiem.rules.sigma.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses a Sigma condition into an expression over the compiled search identifiers. Precedence, least
 * to most binding: or, and, not, {@code x of}, parentheses. {@code them} excludes identifiers starting
 * with an underscore.
 */
final class ConditionCompiler {
    private final Map<String, Expr> identifiers;
    private final String text;
    private final List<String> tokens;
    private int pos;

    private ConditionCompiler(Map<String, Expr> identifiers, String text) {
        this.identifiers = identifiers;
        this.text = text;
        this.tokens = tokenize(text);
    }

    /**
     * @param identifiers compiled search identifiers by name
     * @param condition the condition text
     * @return the expression
     * @throws RuleException with the position of a syntax error or the unknown identifier
     */
    static Expr compile(Map<String, Expr> identifiers, String condition) {
        ConditionCompiler c = new ConditionCompiler(identifiers, condition);
        if (c.tokens.isEmpty()) {
            throw new RuleException("empty condition");
        }
        Expr e = c.or();
        if (c.pos < c.tokens.size()) {
            throw new RuleException("unexpected '" + c.tokens.get(c.pos) + "' in condition '" + condition + "'");
        }
        return e;
    }

    private static List<String> tokenize(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                out.add(String.valueOf(c));
                i++;
            } else if (c == '|') {
                throw new RuleException("aggregation ('|' in the condition) is Sigma 1.0 syntax, replaced by correlation rules: '" + s + "'");
            } else {
                int j = i;
                while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && s.charAt(j) != '(' && s.charAt(j) != ')') {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            }
        }
        return out;
    }

    private String peek() {
        return pos < tokens.size() ? tokens.get(pos) : null;
    }

    private boolean accept(String keyword) {
        String t = peek();
        if (t != null && t.toLowerCase(Locale.ROOT).equals(keyword)) {
            pos++;
            return true;
        }
        return false;
    }

    private Expr or() {
        List<Expr> parts = new ArrayList<>();
        parts.add(and());
        while (accept("or")) {
            parts.add(and());
        }
        return Expr.or(parts);
    }

    private Expr and() {
        List<Expr> parts = new ArrayList<>();
        parts.add(not());
        while (accept("and")) {
            parts.add(not());
        }
        return Expr.and(parts);
    }

    private Expr not() {
        if (accept("not")) {
            return Expr.not(not());
        }
        return primary();
    }

    private Expr primary() {
        String t = peek();
        if (t == null) {
            throw new RuleException("condition ends too early: '" + text + "'");
        }
        if (t.equals("(")) {
            pos++;
            Expr e = or();
            if (!accept(")")) {
                throw new RuleException("missing ')' in condition '" + text + "'");
            }
            return e;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (pos + 1 < tokens.size() && tokens.get(pos + 1).equalsIgnoreCase("of")) {
            pos += 2;
            String target = peek();
            if (target == null || target.equals("(") || target.equals(")")) {
                throw new RuleException("'" + t + " of' needs a pattern or 'them' in condition '" + text + "'");
            }
            pos++;
            return quantified(lower, target);
        }
        if (lower.equals("and") || lower.equals("or") || lower.equals(")") || lower.equals("of")) {
            throw new RuleException("unexpected '" + t + "' in condition '" + text + "'");
        }
        pos++;
        Expr e = identifiers.get(t);
        if (e == null) {
            throw new RuleException("condition names unknown search identifier '" + t + "'");
        }
        return e;
    }

    private Expr quantified(String quantifier, String target) {
        List<Expr> matched = new ArrayList<>();
        boolean them = target.equalsIgnoreCase("them");
        for (Map.Entry<String, Expr> e : identifiers.entrySet()) {
            if (them ? !e.getKey().startsWith("_") : glob(target, e.getKey())) {
                matched.add(e.getValue());
            }
        }
        if (matched.isEmpty()) {
            throw new RuleException("'" + quantifier + " of " + target + "' matches no search identifier");
        }
        if (quantifier.equals("all")) {
            return Expr.and(matched);
        }
        if (quantifier.equals("1") || quantifier.equals("any")) {
            return Expr.or(matched);
        }
        int n;
        try {
            n = Integer.parseInt(quantifier);
        } catch (NumberFormatException e) {
            throw new RuleException("'" + quantifier + " of' is not a quantifier (1, all or a number)");
        }
        if (n <= 0) {
            return Expr.Const.TRUE;
        }
        if (n > matched.size()) {
            return Expr.Const.FALSE;
        }
        return new AtLeast(matched, n);
    }

    private static boolean glob(String pattern, String name) {
        TextTests.Glob g = new TextTests.Glob(SigmaString.parse(pattern).parts(), true);
        return g.test(name, name, null);
    }

    /** {@code N of x*} with N above 1. */
    static final class AtLeast implements Expr {
        final Expr[] parts;
        final int n;

        AtLeast(List<Expr> parts, int n) {
            this.parts = Expr.cheapestFirst(parts);
            this.n = n;
        }

        @Override
        public int cost() {
            return Expr.sum(parts);
        }

        @Override
        public boolean eval(EventView view) {
            int hits = 0;
            for (Expr e : parts) {
                if (e.eval(view) && ++hits >= n) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return n + " of " + List.of(parts);
        }
    }
}
