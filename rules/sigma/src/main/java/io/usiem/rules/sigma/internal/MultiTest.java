package io.usiem.rules.sigma.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A long list of case-insensitive plain values of one kind (SigmaHQ rules list hundreds of DLL or
 * tool names) tested at once: exact values by hash lookup, prefixes and suffixes by walking a trie of
 * the values from the start or the end of the event value, contains by one Aho-Corasick scan. The cost
 * follows the event value's length, not the number of listed values.
 */
final class MultiTest implements ValueTest {
    /** Lists shorter than this stay a loop over plain tests. */
    static final int MIN_VALUES = 6;

    private final TextTests.Kind kind;
    private final Set<String> exact;
    /** Prefixes or suffixes: walked from the value's start or end, no boxing per character. */
    private final AnchoredIndex anchored;
    /** Contains: a skipping scanner when every value is long enough (a 5 KB PowerShell ContextInfo is read in jumps), else Aho-Corasick. */
    private final PatternScanner contains;
    private final int size;
    private final List<String> needles;

    private MultiTest(TextTests.Kind kind, List<String> needles) {
        this.kind = kind;
        this.size = needles.size();
        this.needles = List.copyOf(needles);
        this.exact = kind == TextTests.Kind.EXACT ? new HashSet<>(needles) : null;
        int[][] owners = new int[needles.size()][];
        java.util.Arrays.fill(owners, new int[] {0});
        this.contains = kind == TextTests.Kind.CONTAINS ? Bucket.scanner(needles, owners) : null;
        if (kind == TextTests.Kind.PREFIX || kind == TextTests.Kind.SUFFIX) {
            Map<String, List<Integer>> texts = new java.util.LinkedHashMap<>();
            needles.forEach(n -> texts.put(n, List.of(0)));
            anchored = new AnchoredIndex(Map.of(kind, texts));
        } else {
            anchored = null;
        }
    }

    /**
     * @param tests a field's tests
     * @return the tests with each long run of same-kind case-insensitive plain values (and earlier merged
     *     lists of the kind) merged into one
     */
    static List<ValueTest> merge(List<ValueTest> tests) {
        Map<TextTests.Kind, List<String>> byKind = new java.util.EnumMap<>(TextTests.Kind.class);
        List<ValueTest> rest = new ArrayList<>();
        for (ValueTest t : tests) {
            if (t instanceof TextTests.Plain && !((TextTests.Plain) t).cased && !((TextTests.Plain) t).needle.isEmpty()) {
                TextTests.Plain p = (TextTests.Plain) t;
                byKind.computeIfAbsent(p.kind, k -> new ArrayList<>()).add(p.needle);
            } else if (t instanceof MultiTest) {
                MultiTest m = (MultiTest) t;
                byKind.computeIfAbsent(m.kind, k -> new ArrayList<>()).addAll(m.needles);
            } else {
                rest.add(t);
            }
        }
        List<ValueTest> out = new ArrayList<>();
        for (Map.Entry<TextTests.Kind, List<String>> e : byKind.entrySet()) {
            if (e.getValue().size() >= MIN_VALUES) {
                out.add(new MultiTest(e.getKey(), e.getValue()));
            } else {
                for (String n : e.getValue()) {
                    out.add(new TextTests.Plain(e.getKey(), n, false));
                }
            }
        }
        out.addAll(rest);
        return out;
    }

    @Override
    public boolean test(String value, String folded, EventView view) {
        switch (kind) {
            case EXACT:
                return exact.contains(folded);
            case CONTAINS: {
                long[] bits = view.scratchBit();
                view.mark(contains, folded, bits);
                if (bits[0] == 0 || !contains.latin1()) {
                    return bits[0] != 0;
                }
                // The skipping scanner reads bytes, so it may select a UTF-16 value without a match: confirm.
                for (String n : needles) {
                    if (folded.contains(n)) {
                        return true;
                    }
                }
                return false;
            }
            default: {
                long[] bits = view.scratchBit();
                anchored.mark(folded, bits);
                return bits[0] != 0;
            }
        }
    }

    @Override
    public boolean needsFolded() {
        return true;
    }

    @Override
    public int cost() {
        return kind == TextTests.Kind.CONTAINS ? 3 : 2;
    }

    @Override
    public List<String> literals() {
        return needles;
    }

    @Override
    public TextTests.Kind literalKind() {
        return kind;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " any of " + size + " values";
    }
}
