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
