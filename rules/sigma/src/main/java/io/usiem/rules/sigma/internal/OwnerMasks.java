package io.usiem.rules.sigma.internal;

import java.util.Arrays;

/**
 * The rule bits a found pattern selects, packed as (word index, mask) pairs: a generic hint (".exe") can
 * select hundreds of rules, and setting them a word at a time costs a few operations per 64 rules instead of
 * one per rule, each time the pattern is found.
 */
final class OwnerMasks {
    private OwnerMasks() {
    }

    /** @param owners rule indices, or null @return them packed, or null for none */
    static long[] pack(int[] owners) {
        if (owners == null || owners.length == 0) {
            return null;
        }
        int[] sorted = owners.clone();
        Arrays.sort(sorted);
        long[] out = new long[2 * sorted.length];
        int n = 0;
        for (int r : sorted) {
            int word = r >>> 6;
            if (n == 0 || out[n - 2] != word) {
                out[n++] = word;
                n++;
            }
            out[n - 1] |= 1L << r;
        }
        return Arrays.copyOf(out, n);
    }

    /** @param owners per pattern or state its owners @return each packed */
    static long[][] packAll(int[][] owners) {
        long[][] out = new long[owners.length][];
        for (int i = 0; i < owners.length; i++) {
            out[i] = pack(owners[i]);
        }
        return out;
    }

    /** @param packed packed owners, or null @param bits the rule bit set, the owners' bits set in it */
    static void set(long[] packed, long[] bits) {
        if (packed != null) {
            for (int k = 0; k < packed.length; k += 2) {
                bits[(int) packed[k]] |= packed[k + 1];
            }
        }
    }
}
