package io.usiem.rules.sigma.internal;

/**
 * Finds which of a fixed set of lower-case patterns a value contains (case folded as it reads) and marks
 * their owners. A scanner reads characters, or Latin-1 bytes when {@link #latin1()} says so, or (anchored)
 * the value itself; text of several values has each followed by {@link ScanText#SEPARATOR}, which no
 * pattern contains.
 */
interface PatternScanner {
    /**
     * @param text the value
     * @param bits the owner bit set; the owners of every pattern found are set
     */
    void mark(String text, long[] bits);

    /**
     * @param text the characters to scan, from index 0
     * @param length how many characters of {@code text} to scan
     * @param bits the owner bit set; the owners of every pattern found are set
     */
    default void mark(char[] text, int length, long[] bits) {
        mark(new String(text, 0, length), bits);
    }

    /** @return whether the scanner reads Latin-1 bytes ({@link SkipScanner#latin1}) through {@link #mark(byte[], int, long[])} */
    default boolean latin1() {
        return false;
    }

    /**
     * @param text the bytes to scan, from index 0, with {@link SkipScanner#SLACK} bytes after them
     * @param length how many bytes of {@code text} to scan
     * @param bits the owner bit set; the owners of every pattern found are set
     */
    default void mark(byte[] text, int length, long[] bits) {
        throw new UnsupportedOperationException("reads characters");
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
