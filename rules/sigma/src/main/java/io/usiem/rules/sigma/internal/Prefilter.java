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

    /**
     * Rule fields whose values nearly every event of a logsource shares (the channel or provider of a
     * Windows log): a hint on them selects the rule for every event, so another conjunct's hint is taken.
     */
    private static final java.util.Set<String> WEAK_FIELDS = java.util.Set.of("Channel", "Provider_Name", "Computer",
            "EventType", "Product", "Company");

    /**
     * A field slot (or {@link #ANY_FIELD}) and text that a matching event's value contains, where the kind
     * says (equal to it, starting or ending with it, anywhere); weak when the field is in {@link #WEAK_FIELDS}.
     */
    record Hint(int slot, String text, boolean weak, TextTests.Kind kind) {
        Hint(int slot, String text, boolean weak) {
            this(slot, text, weak, TextTests.Kind.CONTAINS);
        }
    }

    private Prefilter() {
    }

    /**
     * Up to two hint sets that are each necessary (from two conjuncts of the rule): an event is a candidate
     * only when it has a hint of each, so a rule whose best hint is common ("Image starts with C:\\Windows\\")
     * is still evaluated only where its other conjunct's hint is found too.
     *
     * @return one or two hint sets, or null when the rule must be evaluated on every event
     */
    static List<List<Hint>> groups(Expr e) {
        List<Hint> first = necessary(e);
        if (first == null) {
            return null;
        }
        if (!(e instanceof Expr.And)) {
            return List.of(first);
        }
        List<Hint> second = null;
        for (Expr p : ((Expr.And) e).parts) {
            List<Hint> h = necessary(p);
            // The best part's own set is the first group; a weak set (every event has it) selects nothing.
            if (h == null || h == first || h.isEmpty() || h.get(0).weak() || h.equals(first)) {
                continue;
            }
            if (second == null || better(h, second)) {
                second = h;
            }
        }
        return second == null ? List.of(first) : List.of(first, second);
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
        List<Hint> hints = texts(f.tests, f.all, f.slots);
        if (hints == null || !WEAK_FIELDS.contains(f.label)) {
            return hints;
        }
        List<Hint> weak = new ArrayList<>(hints.size());
        for (Hint h : hints) {
            weak.add(new Hint(h.slot(), h.text(), true, h.kind()));
        }
        return weak;
    }

    private static List<Hint> texts(ValueTest[] tests, boolean all, int[] slots) {
        List<String> texts = new ArrayList<>();
        List<TextTests.Kind> kinds = new ArrayList<>();
        if (all) {
            String longest = null;
            TextTests.Kind kind = null;
            for (ValueTest t : tests) {
                String l = t.literal();
                if (l != null && (longest == null || l.length() > longest.length())) {
                    longest = l;
                    kind = t.literalKind();
                }
            }
            if (longest == null) {
                return null;
            }
            texts.add(longest);
            kinds.add(kind);
        } else {
            for (ValueTest t : tests) {
                List<String> l = t.literals();
                if (l == null) {
                    return null;
                }
                texts.addAll(l);
                for (int i = 0; i < l.size(); i++) {
                    kinds.add(t.literalKind());
                }
            }
        }
        List<Hint> out = new ArrayList<>();
        for (int slot : slots) {
            for (int i = 0; i < texts.size(); i++) {
                // Keyword searches read every value; only a field's own values are anchored.
                TextTests.Kind k = slot == ANY_FIELD ? TextTests.Kind.CONTAINS : kinds.get(i);
                out.add(new Hint(slot, texts.get(i), false, k));
            }
        }
        return out;
    }

    /** Prefers the hint set whose shortest text is longest (rarer in events), then the smaller set. */
    private static boolean better(List<Hint> a, List<Hint> b) {
        boolean weakA = !a.isEmpty() && a.get(0).weak();
        boolean weakB = !b.isEmpty() && b.get(0).weak();
        if (weakA != weakB) {
            return weakB;
        }
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
