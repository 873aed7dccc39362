package io.usiem.rules.sigma.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds, for a rule's expression, a set of (field, text) hints such that the rule can only match an
 * event in which one of those fields contains one of those texts (lower-case). The rule index scans
 * events for the hints of all rules at once and evaluates only the rules whose hints were found.
 * Null means no such set is known and the rule is always evaluated.
 */
final class Prefilter {
    /** The pseudo-slot of keyword searches: any value of the event. */
    static final int ANY_FIELD = -1;

    /** A field slot (or {@link #ANY_FIELD}) and text that a matching event contains. */
    record Hint(int slot, String text) {
    }

    private Prefilter() {
    }

    static List<Hint> necessary(Expr e) {
        if (e instanceof FieldExpr) {
            return field((FieldExpr) e);
        }
        if (e instanceof KeywordExpr) {
            KeywordExpr k = (KeywordExpr) e;
            return texts(k.tests, k.all, new int[] {ANY_FIELD});
        }
        if (e instanceof Expr.And) {
            List<Hint> best = null;
            for (Expr p : ((Expr.And) e).parts) {
                List<Hint> h = necessary(p);
                if (h != null && (best == null || better(h, best))) {
                    best = h;
                }
            }
            return best;
        }
        if (e instanceof Expr.Or) {
            List<Hint> all = new ArrayList<>();
            for (Expr p : ((Expr.Or) e).parts) {
                List<Hint> h = necessary(p);
                if (h == null) {
                    return null;
                }
                all.addAll(h);
            }
            return all;
        }
        if (e == Expr.Const.FALSE) {
            return List.of();
        }
        return null;
    }

    private static List<Hint> field(FieldExpr f) {
        if (f.negate) {
            return null;
        }
        return texts(f.tests, f.all, f.slots);
    }

    private static List<Hint> texts(ValueTest[] tests, boolean all, int[] slots) {
        List<String> texts = new ArrayList<>();
        if (all) {
            String longest = null;
            for (ValueTest t : tests) {
                String l = t.literal();
                if (l != null && (longest == null || l.length() > longest.length())) {
                    longest = l;
                }
            }
            if (longest == null) {
                return null;
            }
            texts.add(longest);
        } else {
            for (ValueTest t : tests) {
                List<String> l = t.literals();
                if (l == null) {
                    return null;
                }
                texts.addAll(l);
            }
        }
        List<Hint> out = new ArrayList<>();
        for (int slot : slots) {
            for (String t : texts) {
                out.add(new Hint(slot, t));
            }
        }
        return out;
    }

    /** Prefers the hint set whose shortest text is longest (rarer in events), then the smaller set. */
    private static boolean better(List<Hint> a, List<Hint> b) {
        int ma = minLength(a);
        int mb = minLength(b);
        if (Math.min(ma, 8) != Math.min(mb, 8)) {
            return ma > mb;
        }
        return a.size() < b.size();
    }

    private static int minLength(List<Hint> hints) {
        int min = Integer.MAX_VALUE;
        for (Hint h : hints) {
            min = Math.min(min, h.text().length());
        }
        return hints.isEmpty() ? Integer.MAX_VALUE : min;
    }
}
