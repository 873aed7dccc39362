package io.usiem.rules.sigma.internal;

import java.util.List;
import java.util.stream.Collectors;

/** A compiled boolean expression over one event: a rule's condition with its selections inlined. */
interface Expr {
    /** @param view the event @return whether it holds */
    boolean eval(EventView view);

    /**
     * @return a rough relative cost of one evaluation (a lookup is 1, a regular expression far more), so
     *     conjunctions and disjunctions try their cheap parts first: they are pure, so order changes only cost
     */
    default int cost() {
        return 1;
    }

    /** @param parts sub-expressions @return them ordered cheapest first, ties in rule order */
    static Expr[] cheapestFirst(List<Expr> parts) {
        Expr[] a = parts.toArray(new Expr[0]);
        java.util.Arrays.sort(a, java.util.Comparator.comparingInt(Expr::cost));
        return a;
    }

    /** @param parts sub-expressions @return their summed cost, bounded */
    static int sum(Expr[] parts) {
        long c = 0;
        for (Expr e : parts) {
            c += e.cost();
        }
        return (int) Math.min(c, 1 << 20);
    }

    /** Always true or always false (an empty selection list, a constant-folded branch). */
    final class Const implements Expr {
        static final Const TRUE = new Const(true);
        static final Const FALSE = new Const(false);
        final boolean value;

        private Const(boolean value) {
            this.value = value;
        }

        @Override
        public boolean eval(EventView view) {
            return value;
        }

        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /** Conjunction, evaluated left to right, short-circuit. */
    final class And implements Expr {
        final Expr[] parts;

        And(List<Expr> parts) {
            this.parts = Expr.cheapestFirst(parts);
        }

        @Override
        public int cost() {
            return Expr.sum(parts);
        }

        @Override
        public boolean eval(EventView view) {
            for (Expr e : parts) {
                if (!e.eval(view)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return List.of(parts).stream().map(Object::toString).collect(Collectors.joining(" and ", "(", ")"));
        }
    }

    /** Disjunction, evaluated left to right, short-circuit. */
    final class Or implements Expr {
        final Expr[] parts;

        Or(List<Expr> parts) {
            this.parts = Expr.cheapestFirst(parts);
        }

        @Override
        public int cost() {
            return Expr.sum(parts);
        }

        @Override
        public boolean eval(EventView view) {
            for (Expr e : parts) {
                if (e.eval(view)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return List.of(parts).stream().map(Object::toString).collect(Collectors.joining(" or ", "(", ")"));
        }
    }

    /** Negation. */
    final class Not implements Expr {
        final Expr inner;

        Not(Expr inner) {
            this.inner = inner;
        }

        @Override
        public int cost() {
            return inner.cost();
        }

        @Override
        public boolean eval(EventView view) {
            return !inner.eval(view);
        }

        @Override
        public String toString() {
            return "not " + inner;
        }
    }

    /** @param parts conjuncts @return their conjunction, simplified */
    static Expr and(List<Expr> parts) {
        java.util.ArrayList<Expr> keep = new java.util.ArrayList<>();
        for (Expr e : parts) {
            if (e == Const.FALSE) {
                return Const.FALSE;
            }
            if (e != Const.TRUE) {
                keep.add(e);
            }
        }
        return keep.isEmpty() ? Const.TRUE : keep.size() == 1 ? keep.get(0) : new And(keep);
    }

    /** @param parts disjuncts @return their disjunction, simplified */
    static Expr or(List<Expr> parts) {
        java.util.ArrayList<Expr> keep = new java.util.ArrayList<>();
        for (Expr e : parts) {
            if (e == Const.TRUE) {
                return Const.TRUE;
            }
            if (e != Const.FALSE) {
                keep.add(e);
            }
        }
        keep = FieldExpr.mergeAlternatives(keep);
        return keep.isEmpty() ? Const.FALSE : keep.size() == 1 ? keep.get(0) : new Or(keep);
    }

    /** @param e an expression @return its negation, simplified */
    static Expr not(Expr e) {
        if (e == Const.TRUE) {
            return Const.FALSE;
        }
        if (e == Const.FALSE) {
            return Const.TRUE;
        }
        return e instanceof Not ? ((Not) e).inner : new Not(e);
    }
}
