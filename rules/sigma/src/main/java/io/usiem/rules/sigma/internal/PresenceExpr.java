package io.usiem.rules.sigma.internal;

/** {@code field: null} (absent) and {@code field|exists: true/false}. */
final class PresenceExpr implements Expr {
    final int[] slots;
    final String label;
    final boolean present;

    PresenceExpr(int[] slots, String label, boolean present) {
        this.slots = slots;
        this.label = label;
        this.present = present;
    }

    @Override
    public boolean eval(EventView view) {
        for (int slot : slots) {
            if (view.exists(slot)) {
                return present;
            }
        }
        return !present;
    }

    @Override
    public String toString() {
        return label + (present ? " exists" : " is null");
    }
}
