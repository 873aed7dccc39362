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

    /** Text with at least this many window ends is read by four cursors at once (see {@link #mark}). */
    private static final int LANES_FROM = 128;

    @Override
    public int minLength() {
        return m;
    }

    @Override
    public void mark(char[] t, int n, long[] bits) {
        if (n - m + 1 < LANES_FROM) {
            scan(t, n, m - 1, n, bits);
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
            int h0 = hash(t[i0 - 2], t[i0 - 1], t[i0]);
            int h1 = hash(t[i1 - 2], t[i1 - 1], t[i1]);
            int h2 = hash(t[i2 - 2], t[i2 - 1], t[i2]);
            int h3 = hash(t[i3 - 2], t[i3 - 1], t[i3]);
            int s0 = sh[h0];
            int s1 = sh[h1];
            int s2 = sh[h2];
            int s3 = sh[h3];
            if ((s0 == 0) | (s1 == 0) | (s2 == 0) | (s3 == 0)) {
                s0 = s0 == 0 ? verify(t, n, i0, h0, bits) : s0;
                s1 = s1 == 0 ? verify(t, n, i1, h1, bits) : s1;
                s2 = s2 == 0 ? verify(t, n, i2, h2, bits) : s2;
                s3 = s3 == 0 ? verify(t, n, i3, h3, bits) : s3;
            }
            i0 += s0;
            i1 += s1;
            i2 += s2;
            i3 += s3;
        }
        scan(t, n, i0, e0, bits);
        scan(t, n, i1, e1, bits);
        scan(t, n, i2, e2, bits);
        scan(t, n, i3, n, bits);
    }

    /** One cursor over the window ends from {@code i} (inclusive) to {@code end} (exclusive) of text {@code n} long. */
    private void scan(char[] t, int n, int i, int end, long[] bits) {
        byte[] sh = shift;
        while (i < end) {
            int h = hash(t[i - 2], t[i - 1], t[i]);
            int s = sh[h];
            i += s > 0 ? s : verify(t, n, i, h, bits);
        }
    }

    /**
     * Checks the candidates of the window ending at {@code i} (its triple hashed to a zero jump) and marks
     * the owners of those that occur there.
     *
     * @param n the text's length
     * @return 1, the step after a verification
     */
    private int verify(char[] t, int n, int i, int h, long[] bits) {
        int[] ids = candidates[h];
        if (ids == null) {
            return 1;
        }
        int start = i - m + 1;
        // Most windows whose triple hashed to a zero jump are hash collisions, rejected by the triple alone.
        char c0 = fold(t[i - 2]);
        char c1 = fold(t[i - 1]);
        char c2 = fold(t[i]);
        for (int id : ids) {
            char[] p = patterns[id];
            if (p[m - 3] == c0 && p[m - 2] == c1 && p[m - 1] == c2 && start + p.length <= n && at(t, start, p)) {
                OwnerMasks.set(owners[id], bits);
            }
        }
        return 1;
    }

    /**
     * Whether the pattern occurs at {@code start}, its window's last triple already compared: the characters
     * past the window first, as a window that matched its triple often begins a longer common word
     * ("privilege" of "SeDebugPrivilege" in a Windows privilege list, not "privilege::debug").
     */
    private boolean at(char[] t, int start, char[] p) {
        for (int k = m; k < p.length; k++) {
            if (!same(t[start + k], p[k])) {
                return false;
            }
        }
        for (int k = 0; k < m - 3; k++) {
            if (!same(t[start + k], p[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(char c, char folded) {
        return c == folded || fold(c) == folded;
    }
}
