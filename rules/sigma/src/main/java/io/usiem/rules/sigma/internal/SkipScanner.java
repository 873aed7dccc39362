package io.usiem.rules.sigma.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A multi-pattern substring scanner that skips (Wu-Manber): it looks at the last three characters of a
 * window as long as the shortest pattern and jumps ahead when no pattern has that triple near its start,
 * so a long value is read at a fraction of its characters when the patterns are long (the keywords of
 * "Mimikatz Use" over every value of every Windows event).
 *
 * <p>It reads text as Latin-1 bytes, a character's low byte (a Latin-1 string's own bytes, copied at memory
 * speed; a UTF-16 string's characters cut to their low byte), so one load fetches a whole triple. A pattern
 * character accepts every byte of the characters that fold to it as {@link AhoCorasick} folds (per character,
 * {@link Character#toLowerCase(char)}): a value with a pattern is always found, and a value of other
 * characters may be too, which costs the rule an evaluation, never a match. Immutable after construction.
 */
final class SkipScanner implements PatternScanner {
    private static final int BITS = 13;
    /** The scanner pays off only when it can jump further than this. */
    static final int MIN_LENGTH = 6;
    /** Four bytes read at once, little-endian: the byte at the index is the lowest. */
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    /** Bytes a text needs after its end, so the last triple is read by a four-byte load. */
    static final int SLACK = 1;

    private final int m;
    private final int[] lengths;
    /** Per pattern, per position, the 256-bit set of the bytes that position accepts. */
    private final long[][] accepts;
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
        this.lengths = new int[patterns.size()];
        this.accepts = new long[patterns.size()][];
        this.owners = OwnerMasks.packAll(owners);
        Arrays.fill(shift, (byte) Math.min(m - 2, 127));
        List<Set<Integer>> buckets = new ArrayList<>();
        for (int i = 0; i < shift.length; i++) {
            buckets.add(null);
        }
        boolean numeric = false;
        for (int id = 0; id < patterns.size(); id++) {
            String p = patterns.get(id);
            lengths[id] = p.length();
            int[][] bytes = new int[p.length()][];
            long[] acc = new long[4 * p.length()];
            for (int k = 0; k < p.length(); k++) {
                bytes[k] = variantBytes(p.charAt(k));
                for (int b : bytes[k]) {
                    acc[4 * k + (b >>> 6)] |= 1L << b;
                }
            }
            accepts[id] = acc;
            for (int j = 2; j < m; j++) {
                byte jump = (byte) (m - 1 - j);
                for (int h : tripleHashes(bytes[j - 2], bytes[j - 1], bytes[j])) {
                    shift[h] = (byte) Math.min(shift[h], jump);
                }
            }
            for (int h : tripleHashes(bytes[m - 3], bytes[m - 2], bytes[m - 1])) {
                if (buckets.get(h) == null) {
                    buckets.set(h, new TreeSet<>());
                }
                buckets.get(h).add(id);
            }
            numeric |= p.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c == '.' || c == ':' || c == '-');
        }
        for (int h = 0; h < shift.length; h++) {
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

    /** @return the low bytes of the pattern character and of every character that folds to it */
    private static int[] variantBytes(char folded) {
        Set<Integer> out = new TreeSet<>();
        out.add(folded & 0xff);
        for (char c : UNFOLDED.getOrDefault(folded, List.of())) {
            out.add(c & 0xff);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Set<Integer> tripleHashes(int[] a, int[] b, int[] c) {
        Set<Integer> out = new java.util.HashSet<>();
        for (int x : a) {
            for (int y : b) {
                for (int z : c) {
                    out.add(hash(x | y << 8 | z << 16));
                }
            }
        }
        return out;
    }

    /** @param triple three bytes, the first lowest @return the table index */
    private static int hash(int triple) {
        return (triple * 0x9E3779B1) >>> (32 - BITS);
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
    public boolean latin1() {
        return true;
    }

    @Override
    public int minLength() {
        return m;
    }

    /** Reference path (tests, tools): the value's Latin-1 bytes scanned as the engine scans them. */
    @Override
    public void mark(String text, long[] bits) {
        byte[] b = new byte[text.length() + SLACK];
        latin1(text, b, 0);
        mark(b, text.length(), bits);
    }

    /**
     * Copies a value's characters as the scanner reads them: a Latin-1 string's bytes, a UTF-16 string's
     * characters cut to their low byte.
     *
     * @param text the value
     * @param dst where to copy, at least {@code at + text.length()} long
     * @param at the first index written
     */
    @SuppressWarnings("deprecation") // the one String copy of low bytes: an array copy for a Latin-1 string
    static void latin1(String text, byte[] dst, int at) {
        text.getBytes(0, text.length(), dst, at);
    }

    /** Text with at least this many window ends is read by four cursors at once (see {@link #mark}). */
    private static final int LANES_FROM = 128;

    /**
     * @param t the text's Latin-1 bytes (see {@link #latin1}), with {@link #SLACK} bytes after it
     * @param n the text's length
     * @param bits the owner bit set
     */
    @Override
    public void mark(byte[] t, int n, long[] bits) {
        if (t.length < n + SLACK) {
            throw new IllegalArgumentException("the text needs " + SLACK + " byte(s) after its end");
        }
        if (n - m + 1 < LANES_FROM) {
            scan(t, n, m - 1, n, bits);
            return;
        }
        // A step's jump depends on the bytes it reads, so one cursor waits on its own loads: four cursors
        // over four quarters of the window ends keep the loads of four steps in flight at once. Each window
        // end belongs to one quarter, and a cursor may start anywhere, so nothing is missed.
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
            int h0 = hash((int) INT.get(t, i0 - 2) & 0xffffff);
            int h1 = hash((int) INT.get(t, i1 - 2) & 0xffffff);
            int h2 = hash((int) INT.get(t, i2 - 2) & 0xffffff);
            int h3 = hash((int) INT.get(t, i3 - 2) & 0xffffff);
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
    private void scan(byte[] t, int n, int i, int end, long[] bits) {
        byte[] sh = shift;
        while (i < end) {
            int h = hash((int) INT.get(t, i - 2) & 0xffffff);
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
    private int verify(byte[] t, int n, int i, int h, long[] bits) {
        int[] ids = candidates[h];
        if (ids == null) {
            return 1;
        }
        int start = i - m + 1;
        for (int id : ids) {
            if (start + lengths[id] <= n && at(t, start, id)) {
                OwnerMasks.set(owners[id], bits);
            }
        }
        return 1;
    }

    /**
     * Whether pattern {@code id} may occur at {@code start}: its window's last triple first (most zero jumps
     * are hash collisions), then the bytes past the window (a window that matched often starts a longer
     * common word: "privilege" of "SeDebugPrivilege", not "privilege::debug"), then the rest.
     */
    private boolean at(byte[] t, int start, int id) {
        long[] acc = accepts[id];
        int len = lengths[id];
        for (int k = m - 3; k < len; k++) {
            if (!accepts(acc, k, t[start + k])) {
                return false;
            }
        }
        for (int k = 0; k < m - 3; k++) {
            if (!accepts(acc, k, t[start + k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean accepts(long[] acc, int k, byte b) {
        int v = b & 0xff;
        return (acc[4 * k + (v >>> 6)] & (1L << v)) != 0;
    }
}
