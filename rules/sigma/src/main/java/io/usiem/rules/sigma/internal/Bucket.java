package io.usiem.rules.sigma.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The rules that apply to one logsource, indexed: each rule's hints (see {@link Prefilter}) go, per
 * field, into one scanner of the texts a value contains (Aho-Corasick or skipping) and one index of the
 * texts a value equals, starts or ends with ({@link AnchoredIndex}), so one pass over an event's values
 * finds the few rules worth evaluating. Rules without hints are always evaluated. Immutable.
 */
final class Bucket {
    static final Bucket EMPTY = new Bucket(List.of());

    private final CompiledRule[] rules;
    /** 64-rule words of each of the two candidate bit sets (see {@link #evaluate}). */
    private final int words;
    private final int[] always;
    private final int[] scanSlots;
    private final PatternScanner[] automata;

    Bucket(List<CompiledRule> rules) {
        this.rules = rules.toArray(new CompiledRule[0]);
        this.words = (this.rules.length + 63) >>> 6;
        // Rule i is bit i of set A and bit words * 64 + i of set B; a hint of its first group sets A, of its
        // second group B, and a rule with one group has its hints set both.
        int setB = words << 6;
        List<Integer> alwaysList = new ArrayList<>();
        Map<Integer, Map<TextTests.Kind, Map<String, List<Integer>>>> bySlot = new LinkedHashMap<>();
        for (int i = 0; i < this.rules.length; i++) {
            List<List<Prefilter.Hint>> groups = Prefilter.groups(this.rules[i].expr);
            if (groups == null) {
                alwaysList.add(i);
                continue;
            }
            for (int g = 0; g < groups.size(); g++) {
                int[] bits = groups.size() == 1 ? new int[] {i, setB + i} : new int[] {g == 0 ? i : setB + i};
                for (Prefilter.Hint h : groups.get(g)) {
                    List<Integer> owners = bySlot.computeIfAbsent(h.slot(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(h.kind(), k -> new LinkedHashMap<>()).computeIfAbsent(h.text(), k -> new ArrayList<>());
                    for (int b : bits) {
                        if (!owners.contains(b)) {
                            owners.add(b);
                        }
                    }
                }
            }
        }
        this.always = alwaysList.stream().mapToInt(Integer::intValue).toArray();
        List<Integer> slots = new ArrayList<>();
        List<PatternScanner> scanners = new ArrayList<>();
        for (Map.Entry<Integer, Map<TextTests.Kind, Map<String, List<Integer>>>> e : bySlot.entrySet()) {
            Map<TextTests.Kind, Map<String, List<Integer>>> byKind = new LinkedHashMap<>(e.getValue());
            Map<String, List<Integer>> contains = byKind.remove(TextTests.Kind.CONTAINS);
            if (contains != null) {
                List<String> patterns = new ArrayList<>(contains.keySet());
                int[][] owners = new int[patterns.size()][];
                for (int p = 0; p < patterns.size(); p++) {
                    owners[p] = contains.get(patterns.get(p)).stream().mapToInt(Integer::intValue).toArray();
                }
                slots.add(e.getKey());
                scanners.add(scanner(patterns, owners));
            }
            if (!byKind.isEmpty()) {
                // Texts a value equals, starts or ends with: two trie walks, not a scan of the whole value.
                slots.add(e.getKey());
                scanners.add(new AnchoredIndex(byKind));
            }
        }
        this.scanSlots = slots.stream().mapToInt(Integer::intValue).toArray();
        this.automata = scanners.toArray(new PatternScanner[0]);
    }

    /** A skipping scanner when every pattern is long enough for it to jump, else an Aho-Corasick automaton. */
    static PatternScanner scanner(List<String> patterns, int[][] owners) {
        int min = patterns.stream().mapToInt(String::length).min().orElse(0);
        return min >= SkipScanner.MIN_LENGTH && patterns.size() <= SKIP_MAX_PATTERNS ? new SkipScanner(patterns, owners)
                : new AhoCorasick(patterns, owners);
    }

    /** Past this many patterns the skip table is too crowded to jump far. */
    private static final int SKIP_MAX_PATTERNS = 256;

    int size() {
        return rules.length;
    }

    int alwaysEvaluated() {
        return always.length;
    }

    /**
     * Evaluates the candidate rules on an event.
     *
     * @param view the event
     * @param timed whether to measure evaluation time (sampled by the caller)
     * @param matched receives each matching rule
     * @return the number of rules evaluated
     */
    int evaluate(EventView view, boolean timed, Consumer<CompiledRule> matched) {
        if (rules.length == 0) {
            return 0;
        }
        int words = this.words;
        long[] bits = view.ruleBits(2 * words);
        for (int i : always) {
            bits[i >>> 6] |= 1L << i;
            bits[words + (i >>> 6)] |= 1L << i;
        }
        for (int k = 0; k < scanSlots.length; k++) {
            boolean any = scanSlots[k] == Prefilter.ANY_FIELD;
            String[] values = any ? null : view.raw(scanSlots[k]);
            if (!any && values.length == 0) {
                continue;
            }
            PatternScanner automaton = automata[k];
            if (any) {
                view.scanValues(automaton, bits);
                continue;
            }
            // Raw values: the automaton folds case as it scans, so only the rules it selects pay for folding.
            for (String v : values) {
                view.mark(automaton, v, bits);
            }
        }
        int evaluated = 0;
        for (int w = 0; w < words; w++) {
            // A candidate has a hint of each of its groups.
            long word = bits[w] & bits[words + w];
            while (word != 0) {
                int i = (w << 6) + Long.numberOfTrailingZeros(word);
                word &= word - 1;
                CompiledRule r = rules[i];
                evaluated++;
                boolean hit;
                if (timed) {
                    long t0 = System.nanoTime();
                    hit = r.expr.eval(view);
                    r.nanos.add(System.nanoTime() - t0);
                } else {
                    hit = r.expr.eval(view);
                }
                r.evaluations.increment();
                if (hit) {
                    r.matches.increment();
                    matched.accept(r);
                }
            }
        }
        return evaluated;
    }
}
