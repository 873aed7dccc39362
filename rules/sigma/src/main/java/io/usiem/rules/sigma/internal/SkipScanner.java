package io.usiem.rules.sigma.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A multi-pattern substring scanner that skips (Wu-Manber): it looks at the last three characters of a
 * window as long as the shortest pattern and jumps ahead when no pattern has that triple near its start,
 * so a long value is read at a fraction of its characters when the patterns are long (the keywords of
 * "Mimikatz Use" over every value of every Windows event). Case is folded per character as
 * {@link AhoCorasick} folds it, so both find the same patterns. Immutable after construction.
 */
final class SkipScanner implements PatternScanner {
    private static final int BITS = 13;
    private static final int MASK = (1 << BITS) - 1;
    /** The scanner pays off only when it can jump further than this. */
    static final int MIN_LENGTH = 6;

    private final int m;
    private final char[][] patterns;
    private final int[][] owners;
    /** Jump per hashed triple, bytes so the table stays in the first-level cache. */
    private final byte[] shift = new byte[1 << BITS];
    private final int[][] candidates = new int[1 << BITS][];
    private final boolean numericPatterns;

    /**
     * @param patterns lower-case patterns, each at least {@link #MIN_LENGTH} long
     * @param owners per pattern the bit indices {@link #mark} sets when it is found
     */
    SkipScanner(List<String> patterns, int[][] owners) {
        this.m = patterns.stream().mapToInt(String::length).min().orElseThrow();
        if (m < 3) {
            throw new IllegalArgumentException("patterns shorter than 3 characters");
        }
        this.patterns = new char[patterns.size()][];
        this.owners = owners;
        Arrays.fill(shift, (byte) Math.min(m - 2, 127));
        List<java.util.Set<Integer>> buckets = new ArrayList<>();
        for (int i = 0; i <= MASK; i++) {
            buckets.add(null);
        }
        boolean numeric = false;
        // The tables are keyed by the text's characters as they are, every case variant of a pattern's
        // characters entered, so the scan folds only when it verifies a candidate.
        for (int id = 0; id < patterns.size(); id++) {
            char[] p = patterns.get(id).toCharArray();
            this.patterns[id] = p;
            for (int j = 2; j < m; j++) {
                byte jump = (byte) (m - 1 - j);
                for (int h : variantHashes(p[j - 2], p[j - 1], p[j])) {
                    shift[h] = (byte) Math.min(shift[h], jump);
                }
            }
            for (int h : variantHashes(p[m - 3], p[m - 2], p[m - 1])) {
                if (buckets.get(h) == null) {
                    buckets.set(h, new java.util.TreeSet<>());
                }
                buckets.get(h).add(id);
            }
            numeric |= patterns.get(id).chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c == '.' || c == ':' || c == '-');
        }
        for (int h = 0; h <= MASK; h++) {
            if (buckets.get(h) != null) {
                candidates[h] = buckets.get(h).stream().mapToInt(Integer::intValue).toArray();
            }
        }
        this.numericPatterns = numeric;
    }

    /** Characters that fold (as {@link #fold} folds) to a character other than themselves, by what they fold to. */
    private static final java.util.Map<Character, List<Character>> UNFOLDED = unfolded();

    private static java.util.Map<Character, List<Character>> unfolded() {
        java.util.Map<Character, List<Character>> m = new java.util.HashMap<>();
        for (int x = 0; x <= Character.MAX_VALUE; x++) {
            char f = fold((char) x);
            if (f != x) {
                m.computeIfAbsent(f, k -> new ArrayList<>()).add((char) x);
            }
        }
        return m;
    }

    private static List<Character> variants(char folded) {
        List<Character> v = new ArrayList<>();
        v.add(folded);
        v.addAll(UNFOLDED.getOrDefault(folded, List.of()));
        return v;
    }

    private static java.util.Set<Integer> variantHashes(char a, char b, char c) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (char x : variants(a)) {
            for (char y : variants(b)) {
                for (char z : variants(c)) {
                    out.add(hash(x, y, z));
                }
            }
        }
        return out;
    }

    private static int hash(char a, char b, char c) {
        return ((a * 961) ^ (b * 31) ^ c) & MASK;
    }

    private static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    @Override
    public boolean matchesNumbers() {
        return numericPatterns;
    }

    @Override
    public void mark(String text, long[] bits) {
        int n = text.length();
        int i = m - 1;
        while (i < n) {
            int h = hash(text.charAt(i - 2), text.charAt(i - 1), text.charAt(i));
            int s = shift[h];
            if (s > 0) {
                i += s;
                continue;
            }
            int start = i - m + 1;
            for (int id : candidates[h]) {
                char[] p = patterns[id];
                if (start + p.length <= n && at(text, start, p)) {
                    for (int r : owners[id]) {
                        bits[r >>> 6] |= 1L << r;
                    }
                }
            }
            i++;
        }
    }

    private static boolean at(String text, int start, char[] p) {
        for (int k = 0; k < p.length; k++) {
            if (fold(text.charAt(start + k)) != p[k]) {
                return false;
            }
        }
        return true;
    }
}
