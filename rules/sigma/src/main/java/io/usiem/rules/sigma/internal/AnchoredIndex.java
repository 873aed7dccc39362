package io.usiem.rules.sigma.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The anchored hints of one field: texts a matching value equals, starts with or ends with (an
 * {@code EventID}, {@code OriginalFileName: x.exe}, {@code Image|endswith: '\x.exe'}). Instead of scanning
 * the whole value, a walk from its start (equals, starts with) and one from its end (ends with) along
 * tries of the folded texts mark the rules whose text is there: at most as many steps as the longest text
 * that matches. Case is folded per character as {@link AhoCorasick} folds it. Immutable once built.
 */
final class AnchoredIndex implements PatternScanner {
    private final Trie forward;
    private final Trie backward;

    /**
     * @param hints per kind (EXACT, PREFIX, SUFFIX) the texts with the rule indices that own them
     */
    AnchoredIndex(Map<TextTests.Kind, Map<String, List<Integer>>> hints) {
        Builder f = new Builder();
        Builder b = new Builder();
        hints.forEach((kind, texts) -> texts.forEach((text, owners) -> {
            switch (kind) {
                case EXACT:
                    f.add(text, false, owners, true);
                    break;
                case PREFIX:
                    f.add(text, false, owners, false);
                    break;
                case SUFFIX:
                    b.add(text, true, owners, false);
                    break;
                default:
                    throw new IllegalArgumentException("not an anchored kind: " + kind);
            }
        }));
        this.forward = f.size() > 1 ? f.build() : null;
        this.backward = b.size() > 1 ? b.build() : null;
    }

    /** Only a field's own values are indexed (keyword searches use a scanner). */
    @Override
    public boolean matchesNumbers() {
        return true;
    }

    @Override
    public boolean anchored() {
        return true;
    }

    @Override
    public int minLength() {
        return 0;
    }

    /** @param value a value of the field @param bits the rule bit set; the owners of every text found are set */
    @Override
    public void mark(String value, long[] bits) {
        int n = value.length();
        if (forward != null) {
            Trie t = forward;
            int s = 0;
            for (int i = 0; i < n; i++) {
                s = t.child(s, fold(value.charAt(i)));
                if (s < 0) {
                    break;
                }
                OwnerMasks.set(t.prefixOwners[s], bits);
                if (i == n - 1) {
                    OwnerMasks.set(t.exactOwners[s], bits);
                }
            }
            if (n == 0) {
                OwnerMasks.set(t.exactOwners[0], bits);
            }
        }
        if (backward != null) {
            Trie t = backward;
            int s = 0;
            for (int i = n - 1; i >= 0; i--) {
                s = t.child(s, fold(value.charAt(i)));
                if (s < 0) {
                    break;
                }
                OwnerMasks.set(t.prefixOwners[s], bits);
            }
        }
    }


    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    /** Flat trie: children of node s are childChar/childTarget[childStart[s] .. childStart[s + 1]), sorted. */
    static final class Trie {
        final int[] childStart;
        final char[] childChar;
        final int[] childTarget;
        final long[][] prefixOwners;
        final long[][] exactOwners;

        Trie(int[] childStart, char[] childChar, int[] childTarget, int[][] prefixOwners, int[][] exactOwners) {
            this.childStart = childStart;
            this.childChar = childChar;
            this.childTarget = childTarget;
            this.prefixOwners = OwnerMasks.packAll(prefixOwners);
            this.exactOwners = OwnerMasks.packAll(exactOwners);
        }

        int child(int s, char c) {
            return child(childStart, childChar, childTarget, s, c);
        }

        /**
         * A child in a flat trie whose node {@code s} has its children at {@code childChar/childTarget[childStart[s]
         * .. childStart[s + 1])}, sorted by character (this trie's layout and {@link AhoCorasick}'s).
         *
         * @return the child's node, or -1
         */
        static int child(int[] childStart, char[] childChar, int[] childTarget, int s, char c) {
            int lo = childStart[s];
            int hi = childStart[s + 1] - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                char m = childChar[mid];
                if (m < c) {
                    lo = mid + 1;
                } else if (m > c) {
                    hi = mid - 1;
                } else {
                    return childTarget[mid];
                }
            }
            return -1;
        }
    }

    private static final class Builder {
        private final List<TreeMap<Character, Integer>> next = new ArrayList<>();
        private final List<TreeSet<Integer>> prefix = new ArrayList<>();
        private final List<TreeSet<Integer>> exact = new ArrayList<>();

        Builder() {
            node();
        }

        private int node() {
            next.add(new TreeMap<>());
            prefix.add(new TreeSet<>());
            exact.add(new TreeSet<>());
            return next.size() - 1;
        }

        int size() {
            return next.size();
        }

        void add(String text, boolean reversed, List<Integer> owners, boolean isExact) {
            int s = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(reversed ? text.length() - 1 - i : i);
                Integer t = next.get(s).get(c);
                if (t == null) {
                    t = node();
                    next.get(s).put(c, t);
                }
                s = t;
            }
            (isExact ? exact : prefix).get(s).addAll(owners);
        }

        Trie build() {
            int n = next.size();
            int[] start = new int[n + 1];
            int edges = 0;
            for (int s = 0; s < n; s++) {
                start[s] = edges;
                edges += next.get(s).size();
            }
            start[n] = edges;
            char[] chars = new char[edges];
            int[] targets = new int[edges];
            int[][] pre = new int[n][];
            int[][] ex = new int[n][];
            for (int s = 0; s < n; s++) {
                int k = start[s];
                for (Map.Entry<Character, Integer> e : next.get(s).entrySet()) {
                    chars[k] = e.getKey();
                    targets[k++] = e.getValue();
                }
                pre[s] = prefix.get(s).isEmpty() ? null : prefix.get(s).stream().mapToInt(Integer::intValue).toArray();
                ex[s] = exact.get(s).isEmpty() ? null : exact.get(s).stream().mapToInt(Integer::intValue).toArray();
            }
            return new Trie(start, chars, targets, pre, ex);
        }
    }
}
