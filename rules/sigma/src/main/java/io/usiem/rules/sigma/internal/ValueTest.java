package io.usiem.rules.sigma.internal;

/** One compiled value of a field selection, tested against one value of the event's field. */
interface ValueTest {
    /**
     * @param value the event's value as text
     * @param folded the same value lower-cased (folded once per event value)
     * @param view the event, for field references
     * @return whether it matches
     */
    boolean test(String value, String folded, EventView view);

    /** @return whether {@link #test} reads its folded argument (else the caller may pass null) */
    default boolean needsFolded() {
        return false;
    }

    /** @return a rough relative cost of one test (see {@link Expr#cost()}) */
    default int cost() {
        return 1;
    }

    /** @return lower-case text every matching value contains, for the prefilter; null when there is none */
    default String literal() {
        return null;
    }

    /**
     * @return where {@link #literals()} sit in a matching value: the whole value (EXACT), its start (PREFIX),
     *     its end (SUFFIX) or anywhere (CONTAINS), so the index can check anchored texts without a scan
     */
    default TextTests.Kind literalKind() {
        return TextTests.Kind.CONTAINS;
    }

    /** @return lower-case texts one of which every matching value contains; null when unknown */
    default java.util.List<String> literals() {
        String l = literal();
        return l == null ? null : java.util.List.of(l);
    }
}
