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
    private final long[][] owners;
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
        this.owners = OwnerMasks.packAll(owners);
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

    /** Values with at least this many window ends are read by four cursors at once (see {@link #mark}). */
    private static final int LANES_FROM = 256;

    @Override
    public void mark(String text, long[] bits) {
        int n = text.length();
        if (n - m + 1 < LANES_FROM) {
            scan(text, m - 1, n, bits);
            return;
        }
        // A step's jump depends on the characters it reads, so one cursor waits on its own loads: four
        // cursors over four quarters of the window ends keep the loads of four steps in flight at once.
        // Each window end belongs to one quarter, and a cursor may start anywhere, so nothing is missed.
        int q = (n - m + 1) >>> 2;
        int e0 = m - 1 + q;
        int e1 = e0 + q;
        int e2 = e1 + q;
        int i0 = m - 1;
        int i1 = e0;
        int i2 = e1;
        int i3 = e2;
        byte[] sh = shift;
        while (i0 < e0 && i1 < e1 && i2 < e2 && i3 < n) {
            int s0 = sh[hash(text.charAt(i0 - 2), text.charAt(i0 - 1), text.charAt(i0))];
            int s1 = sh[hash(text.charAt(i1 - 2), text.charAt(i1 - 1), text.charAt(i1))];
            int s2 = sh[hash(text.charAt(i2 - 2), text.charAt(i2 - 1), text.charAt(i2))];
            int s3 = sh[hash(text.charAt(i3 - 2), text.charAt(i3 - 1), text.charAt(i3))];
            if ((s0 == 0) | (s1 == 0) | (s2 == 0) | (s3 == 0)) {
                s0 = s0 == 0 ? verify(text, i0, bits) : s0;
                s1 = s1 == 0 ? verify(text, i1, bits) : s1;
                s2 = s2 == 0 ? verify(text, i2, bits) : s2;
                s3 = s3 == 0 ? verify(text, i3, bits) : s3;
            }
            i0 += s0;
            i1 += s1;
            i2 += s2;
            i3 += s3;
        }
        scan(text, i0, e0, bits);
        scan(text, i1, e1, bits);
        scan(text, i2, e2, bits);
        scan(text, i3, n, bits);
    }

    /** One cursor over the window ends from {@code i} (inclusive) to {@code end} (exclusive). */
    private void scan(String text, int i, int end, long[] bits) {
        byte[] sh = shift;
        while (i < end) {
            int s = sh[hash(text.charAt(i - 2), text.charAt(i - 1), text.charAt(i))];
            i += s > 0 ? s : verify(text, i, bits);
        }
    }

    /**
     * Checks the candidates of the window ending at {@code i} (its triple hashed to a zero jump) and marks
     * the owners of those that occur there.
     *
     * @return 1, the step after a verification
     */
    private int verify(String text, int i, long[] bits) {
        int start = i - m + 1;
        int n = text.length();
        int[] ids = candidates[hash(text.charAt(i - 2), text.charAt(i - 1), text.charAt(i))];
        if (ids == null) {
            return 1;
        }
        for (int id : ids) {
            char[] p = patterns[id];
            if (start + p.length <= n && at(text, start, p)) {
                OwnerMasks.set(owners[id], bits);
            }
        }
        return 1;
    }

    /** Whether the pattern occurs at {@code start}, its last window character first (hash collisions fail there). */
    private boolean at(String text, int start, char[] p) {
        int last = m - 1;
        if (!same(text.charAt(start + last), p[last])) {
            return false;
        }
        for (int k = 0; k < p.length; k++) {
            if (!same(text.charAt(start + k), p[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(char c, char folded) {
        return c == folded || fold(c) == folded;
    }
}
