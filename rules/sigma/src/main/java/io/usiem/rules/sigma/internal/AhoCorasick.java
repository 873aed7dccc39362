package io.usiem.rules.sigma.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * A multi-pattern substring automaton (Aho-Corasick): one pass over a value reports every pattern it
 * contains. Children are stored sorted in flat arrays; the root has a direct table for ASCII, where
 * most characters of a scan fall back to it. Immutable after construction.
 */
final class AhoCorasick implements PatternScanner {
    private final int[] childStart;
    private final char[] childChar;
    private final int[] childTarget;
    private final int[] rootAscii = new int[128];
    private final int[] fail;
    private final int[] outStart;
    private final int[] outPatterns;
    private final int[] dictLink;
    /** Dense transition table (state * classes + class), or null when it would be too large. */
    private final int[] delta;
    private final int classes;
    private final int[] asciiClass = new int[128];
    private final java.util.Map<Character, Integer> otherClass = new java.util.HashMap<>();
    /** Class of each non-ASCII character by its high byte then low byte (folded as the scan folds), null pages for none. */
    private final int[][] otherPages = new int[256][];
    private final boolean[] emits;
    private final int minLength;
    private final int patternCount;

    /** Per state: the owners (rule indices) of every pattern it ends, its dictionary suffixes included; null without owners. */
    private final long[][] stateOwners;
    /** Whether some pattern could occur in the text of a number or an IP address (digits, '.', ':', '-', hex letters). */
    private final boolean numericPatterns;

    /**
     * @param patterns the patterns, non-empty lower-case strings; their index is the id reported
     * @param owners per pattern the ids {@link #mark} sets for it (rule indices)
     */
    AhoCorasick(List<String> patterns, int[][] owners) {
        this.patternCount = patterns.size();
        this.minLength = patterns.stream().mapToInt(String::length).min().orElse(0);
        List<TreeMap<Character, Integer>> trie = new ArrayList<>();
        List<List<Integer>> out = new ArrayList<>();
        trie.add(new TreeMap<>());
        out.add(new ArrayList<>());
        for (int id = 0; id < patterns.size(); id++) {
            String p = patterns.get(id);
            int s = 0;
            for (int i = 0; i < p.length(); i++) {
                Integer next = trie.get(s).get(p.charAt(i));
                if (next == null) {
                    next = trie.size();
                    trie.get(s).put(p.charAt(i), next);
                    trie.add(new TreeMap<>());
                    out.add(new ArrayList<>());
                }
                s = next;
            }
            out.get(s).add(id);
        }
        int n = trie.size();
        childStart = new int[n + 1];
        int edges = 0;
        for (int s = 0; s < n; s++) {
            childStart[s] = edges;
            edges += trie.get(s).size();
        }
        childStart[n] = edges;
        childChar = new char[edges];
        childTarget = new int[edges];
        for (int s = 0; s < n; s++) {
            int k = childStart[s];
            for (var e : trie.get(s).entrySet()) {
                childChar[k] = e.getKey();
                childTarget[k++] = e.getValue();
            }
        }
        for (int k = childStart[0]; k < childStart[1]; k++) {
            if (childChar[k] < 128) {
                rootAscii[childChar[k]] = childTarget[k];
            }
        }
        fail = new int[n];
        dictLink = new int[n];
        Arrays.fill(dictLink, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int k = childStart[0]; k < childStart[1]; k++) {
            queue.add(childTarget[k]);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int k = childStart[s]; k < childStart[s + 1]; k++) {
                int t = childTarget[k];
                char c = childChar[k];
                int f = fail[s];
                int g;
                while ((g = child(f, c)) < 0 && f != 0) {
                    f = fail[f];
                }
                fail[t] = g < 0 || g == t ? 0 : g;
                dictLink[t] = out.get(fail[t]).isEmpty() ? dictLink[fail[t]] : fail[t];
                queue.add(t);
            }
        }
        emits = new boolean[n];
        for (int st = 0; st < n; st++) {
            emits[st] = !out.get(st).isEmpty() || dictLink[st] >= 0;
        }
        // Character classes: every character of a pattern has one; all others share class 0 and lead to the root.
        int nextClass = 1;
        for (int e = 0; e < childChar.length; e++) {
            char c = childChar[e];
            if (c < 128) {
                if (asciiClass[c] == 0) {
                    asciiClass[c] = nextClass++;
                }
            } else if (!otherClass.containsKey(c)) {
                otherClass.put(c, nextClass++);
            }
        }
        classes = nextClass;
        if (!otherClass.isEmpty()) {
            // Resolved once here, so the scan neither folds nor boxes non-ASCII characters (PowerShell and
            // localized messages are full of them).
            for (int x = 128; x <= Character.MAX_VALUE; x++) {
                Integer k = otherClass.get(Character.toLowerCase((char) x));
                if (k != null) {
                    int[] page = otherPages[x >>> 8];
                    if (page == null) {
                        page = new int[256];
                        otherPages[x >>> 8] = page;
                    }
                    page[x & 0xff] = k;
                }
            }
        }
        delta = (long) n * classes <= MAX_TABLE ? dense(n, queueOrder(n)) : null;
        outStart = new int[n + 1];
        int total = 0;
        for (int s = 0; s < n; s++) {
            outStart[s] = total;
            total += out.get(s).size();
        }
        outStart[n] = total;
        outPatterns = new int[total];
        for (int s = 0; s < n; s++) {
            int k = outStart[s];
            for (int id : out.get(s)) {
                outPatterns[k++] = id;
            }
        }
        stateOwners = OwnerMasks.packAll(closeOwners(n, owners));
        boolean numeric = false;
        for (String p : patterns) {
            numeric |= p.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c == '.' || c == ':' || c == '-');
        }
        numericPatterns = numeric;
    }

    /** Flattens each emitting state's patterns (along dictionary links) into the sorted distinct owners they select. */
    private int[][] closeOwners(int n, int[][] owners) {
        int[][] byState = new int[n][];
        java.util.TreeSet<Integer> acc = new java.util.TreeSet<>();
        for (int st = 0; st < n; st++) {
            if (!emits[st]) {
                continue;
            }
            acc.clear();
            for (int o = st; o >= 0; o = dictLink[o]) {
                for (int k = outStart[o]; k < outStart[o + 1]; k++) {
                    for (int r : owners[outPatterns[k]]) {
                        acc.add(r);
                    }
                }
            }
            byState[st] = acc.stream().mapToInt(Integer::intValue).toArray();
        }
        return byState;
    }

    /** @return whether a number's or an IP address's text could contain a pattern (else such values need no scan) */
    @Override
    public boolean matchesNumbers() {
        return numericPatterns;
    }

    /**
     * Scans text as if lower-cased and sets, in {@code bits}, the owners of every pattern found. Setting a
     * bit twice is harmless, so a pattern found again costs no bookkeeping.
     */
    @Override
    public void mark(char[] text, int length, long[] bits) {
        if (length < minLength) {
            return;
        }
        long[][] own = stateOwners;
        if (delta == null) {
            int s = 0;
            for (int i = 0; i < length; i++) {
                s = step(s, text[i]);
                if (emits[s]) {
                    OwnerMasks.set(own[s], bits);
                }
            }
            return;
        }
        int[] d = delta;
        int k = classes;
        int s = 0;
        for (int i = 0; i < length; i++) {
            int cls = classOf(text[i]);
            if (cls == 0) {
                s = 0;
                continue;
            }
            s = d[s * k + cls];
            if (emits[s]) {
                OwnerMasks.set(own[s], bits);
            }
        }
    }

    @Override
    public void mark(String text, long[] bits) {
        mark(text.toCharArray(), text.length(), bits);
    }

    @Override
    public int minLength() {
        return minLength;
    }

    private int classOf(char c) {
        if (c < 128) {
            int cls = asciiClass[c];
            // Upper-case ASCII has no class of its own: patterns are lower-case.
            return cls != 0 || c < 'A' || c > 'Z' ? cls : asciiClass[c + 32];
        }
        int[] page = otherPages[c >>> 8];
        return page == null ? 0 : page[c & 0xff];
    }

    private int step(int s, char c) {
        if (c < 128) {
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
        } else {
            c = Character.toLowerCase(c);
        }
        int t;
        while ((t = child(s, c)) < 0 && s != 0) {
            s = fail[s];
        }
        return t < 0 ? 0 : t;
    }

    /** Entries of the dense table above which the automaton keeps its sparse form (32 MB). */
    private static final long MAX_TABLE = 8L << 20;

    private int[] queueOrder(int n) {
        int[] order = new int[n];
        int head = 0;
        int tail = 1;
        while (head < tail) {
            int st = order[head++];
            for (int e = childStart[st]; e < childStart[st + 1]; e++) {
                order[tail++] = childTarget[e];
            }
        }
        return order;
    }

    private int[] dense(int n, int[] bfs) {
        int[] d = new int[n * classes];
        char[] classChar = new char[classes];
        for (int c = 0; c < 128; c++) {
            if (asciiClass[c] != 0) {
                classChar[asciiClass[c]] = (char) c;
            }
        }
        otherClass.forEach((c, k) -> classChar[k] = c);
        for (int st : bfs) {
            for (int k = 1; k < classes; k++) {
                int t = child(st, classChar[k]);
                d[st * classes + k] = t >= 0 ? t : st == 0 ? 0 : d[fail[st] * classes + k];
            }
        }
        return d;
    }

    /** @return the number of patterns */
    int patterns() {
        return patternCount;
    }

    private int child(int s, char c) {
        if (s == 0 && c < 128) {
            int t = rootAscii[c];
            return t == 0 ? -1 : t;
        }
        return AnchoredIndex.Trie.child(childStart, childChar, childTarget, s, c);
    }
}
