package io.usiem.rules.sigma.internal;

/** Finds which of a fixed set of lower-case patterns a value contains (case folded as it reads) and marks their owners. */
interface PatternScanner {
    /**
     * @param text the value
     * @param bits the owner bit set; the owners of every pattern found are set
     */
    void mark(String text, long[] bits);

    /** @return whether the text of a number or an IP address could contain a pattern (else such values need no scan) */
    boolean matchesNumbers();
}
