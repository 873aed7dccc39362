package io.usiem.rules.sigma.internal;

import java.util.Arrays;

/** Field-less keyword search: any value of the event (or its raw message) holds the keyword. */
final class KeywordExpr implements Expr {
    final ValueTest[] tests;
    final boolean all;

    KeywordExpr(ValueTest[] tests, boolean all) {
        this.tests = tests;
        this.all = all;
    }

    @Override
    public boolean eval(EventView view) {
        String[] raw = view.allValues();
        String[] folded = view.allFolded();
        for (ValueTest t : tests) {
            boolean hit = false;
            for (int i = 0; i < raw.length && !hit; i++) {
                hit = t.test(raw[i], folded[i], view);
            }
            if (hit && !all) {
                return true;
            }
            if (!hit && all) {
                return false;
            }
        }
        return all;
    }

    /** Every value of the event, folded: far more than a field's test. */
    @Override
    public int cost() {
        return 50;
    }

    @Override
    public String toString() {
        return "keywords " + (all ? "all" : "any") + Arrays.toString(tests);
    }
}
