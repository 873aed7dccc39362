package io.usiem.rules.sigma.internal;

import java.util.Arrays;

/**
 * One {@code field|modifiers: values} entry: true when some value of the field (of any of the fields a
 * pipeline mapped it to) passes one of the tests, or with {@code all} when every test is passed by some
 * value. {@code neq} negates the result.
 */
final class FieldExpr implements Expr {
    final int[] slots;
    final String label;
    final ValueTest[] tests;
    final boolean all;
    final boolean negate;

    FieldExpr(int[] slots, String label, ValueTest[] tests, boolean all, boolean negate) {
        this.slots = slots;
        this.label = label;
        this.tests = tests;
        this.all = all;
        this.negate = negate;
    }

    @Override
    public boolean eval(EventView view) {
        return negate != matches(view);
    }

    private boolean matches(EventView view) {
        if (all) {
            for (ValueTest t : tests) {
                if (!anyValue(view, t)) {
                    return false;
                }
            }
            return true;
        }
        for (ValueTest t : tests) {
            if (anyValue(view, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Alternatives that test the same field ({@code 1 of filter_*} over five selections of ContextInfo) become
     * one test of that field with all their values, so a long value is folded and scanned once for all of them
     * (their plain values merged into one multi-value test) instead of once per alternative.
     *
     * @param parts disjuncts
     * @return the same disjunction, alternatives on one field merged (order otherwise kept)
     */
    static java.util.ArrayList<Expr> mergeAlternatives(java.util.List<Expr> parts) {
        java.util.ArrayList<Expr> out = new java.util.ArrayList<>();
        java.util.Map<String, Integer> byField = new java.util.HashMap<>();
        for (Expr e : parts) {
            if (!(e instanceof FieldExpr) || ((FieldExpr) e).negate || ((FieldExpr) e).all) {
                out.add(e);
                continue;
            }
            FieldExpr f = (FieldExpr) e;
            String key = Arrays.toString(f.slots);
            Integer at = byField.get(key);
            if (at == null) {
                byField.put(key, out.size());
                out.add(f);
                continue;
            }
            FieldExpr prior = (FieldExpr) out.get(at);
            java.util.List<ValueTest> tests = new java.util.ArrayList<>(Arrays.asList(prior.tests));
            tests.addAll(Arrays.asList(f.tests));
            out.set(at, new FieldExpr(prior.slots, prior.label, MultiTest.merge(tests).toArray(new ValueTest[0]), false, false));
        }
        return out;
    }

    @Override
    public int cost() {
        long c = 0;
        for (ValueTest t : tests) {
            c += t.cost();
        }
        return (int) Math.min(c * slots.length, 1 << 20);
    }

    private boolean anyValue(EventView view, ValueTest t) {
        for (int slot : slots) {
            String[] raw = view.raw(slot);
            if (raw.length == 0) {
                continue;
            }
            // Folding a long value (a PowerShell payload) costs more than most tests: only for tests that read it.
            String[] folded = t.needsFolded() ? view.folded(slot) : raw;
            for (int i = 0; i < raw.length; i++) {
                if (t.test(raw[i], folded[i], view)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return label + (negate ? " neq " : " ") + (all ? "all" : "any") + Arrays.toString(tests);
    }
}
