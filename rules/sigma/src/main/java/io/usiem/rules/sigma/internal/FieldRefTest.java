package io.usiem.rules.sigma.internal;

/** The {@code fieldref} modifier: the value names another field of the same event to compare with. */
final class FieldRefTest implements ValueTest {
    private final int otherSlot;
    private final String otherName;
    private final TextTests.Kind kind;
    private final boolean cased;

    FieldRefTest(int otherSlot, String otherName, TextTests.Kind kind, boolean cased) {
        this.otherSlot = otherSlot;
        this.otherName = otherName;
        this.kind = kind;
        this.cased = cased;
    }

    @Override
    public boolean test(String value, String folded, EventView view) {
        String[] others = cased ? view.raw(otherSlot) : view.folded(otherSlot);
        String s = cased ? value : folded;
        for (String o : others) {
            boolean hit;
            switch (kind) {
                case PREFIX:
                    hit = s.startsWith(o);
                    break;
                case SUFFIX:
                    hit = s.endsWith(o);
                    break;
                case CONTAINS:
                    hit = s.contains(o);
                    break;
                default:
                    hit = s.equals(o);
            }
            if (hit) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean needsFolded() {
        return !cased;
    }

    @Override
    public int cost() {
        return 2;
    }

    @Override
    public String toString() {
        return "fieldref " + kind.name().toLowerCase(java.util.Locale.ROOT) + " " + otherName;
    }
}
