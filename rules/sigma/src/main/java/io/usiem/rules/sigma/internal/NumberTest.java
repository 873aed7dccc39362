package io.usiem.rules.sigma.internal;

/** lt, lte, gt, gte (and equality for the time modifiers): the event value read as a number. */
final class NumberTest implements ValueTest {
    enum Op { LT, LTE, GT, GTE, EQ }

    private final Op op;
    private final double bound;

    NumberTest(Op op, String bound) {
        this.op = op;
        Double b = parse(bound);
        if (b == null) {
            throw new RuleException("modifier " + op.name().toLowerCase(java.util.Locale.ROOT) + " needs a number, got '" + bound + "'");
        }
        this.bound = b;
    }

    static Double parse(String s) {
        String t = s.trim();
        if (t.isEmpty() || t.length() > 40) {
            return null;
        }
        try {
            if (t.startsWith("0x") || t.startsWith("0X")) {
                return (double) Long.parseLong(t.substring(2), 16);
            }
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public boolean test(String value, String folded, EventView view) {
        Double v = parse(value);
        return v != null && compare(v);
    }

    boolean compare(double v) {
        switch (op) {
            case LT:
                return v < bound;
            case LTE:
                return v <= bound;
            case GT:
                return v > bound;
            case GTE:
                return v >= bound;
            default:
                return v == bound;
        }
    }

    @Override
    public String toString() {
        return op.name().toLowerCase(java.util.Locale.ROOT) + " " + bound;
    }
}
