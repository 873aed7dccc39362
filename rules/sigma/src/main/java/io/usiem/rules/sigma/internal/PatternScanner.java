package io.usiem.rules.sigma.internal;

/** Finds which of a fixed set of lower-case patterns a value contains (case folded as it reads) and marks their owners. */
interface PatternScanner {
    /**
     * @param text the characters to scan, from index 0 (a value, or several values each followed by
     *     {@link EventView#SEPARATOR}, which no pattern contains)
     * @param length how many characters of {@code text} to scan
     * @param bits the owner bit set; the owners of every pattern found are set
     */
    void mark(char[] text, int length, long[] bits);

    /**
     * @param text the value
     * @param bits the owner bit set; the owners of every pattern found are set
     */
    default void mark(String text, long[] bits) {
        mark(text.toCharArray(), text.length(), bits);
    }

    /** @return whether the text of a number or an IP address could contain a pattern (else such values need no scan) */
    boolean matchesNumbers();

    /** @return the shortest pattern's length: a shorter value cannot contain one */
    int minLength();

    /** @return whether patterns sit at the ends of a value (an index walked from both ends, not a scan of text) */
    default boolean anchored() {
        return false;
    }
}
