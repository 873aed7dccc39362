package io.usiem.rules.sigma.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The rules that apply to one logsource, indexed: each rule's hints (see {@link Prefilter}) go into
 * one Aho-Corasick automaton per field, so one scan of an event's folded values finds the few rules
 * worth evaluating. Rules without hints are always evaluated. Immutable.
 */
final class Bucket {
    static final Bucket EMPTY = new Bucket(List.of());

    private final CompiledRule[] rules;
    private final int[] always;
    private final int[] scanSlots;
    private final AhoCorasick[] automata;
    private final int[][][] patternRules;

    Bucket(List<CompiledRule> rules) {
        this.rules = rules.toArray(new CompiledRule[0]);
        List<Integer> alwaysList = new ArrayList<>();
        Map<Integer, Map<String, List<Integer>>> bySlot = new LinkedHashMap<>();
        for (int i = 0; i < this.rules.length; i++) {
            List<Prefilter.Hint> hints = Prefilter.necessary(this.rules[i].expr);
            if (hints == null) {
                alwaysList.add(i);
                continue;
            }
            for (Prefilter.Hint h : hints) {
                List<Integer> owners = bySlot.computeIfAbsent(h.slot(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(h.text(), k -> new ArrayList<>());
                if (owners.isEmpty() || owners.get(owners.size() - 1) != i) {
                    owners.add(i);
                }
            }
        }
        this.always = alwaysList.stream().mapToInt(Integer::intValue).toArray();
        this.scanSlots = new int[bySlot.size()];
        this.automata = new AhoCorasick[bySlot.size()];
        this.patternRules = new int[bySlot.size()][][];
        int k = 0;
        for (Map.Entry<Integer, Map<String, List<Integer>>> e : bySlot.entrySet()) {
            scanSlots[k] = e.getKey();
            List<String> patterns = new ArrayList<>(e.getValue().keySet());
            automata[k] = new AhoCorasick(patterns);
            patternRules[k] = new int[patterns.size()][];
            for (int p = 0; p < patterns.size(); p++) {
                patternRules[k][p] = e.getValue().get(patterns.get(p)).stream().mapToInt(Integer::intValue).toArray();
            }
            k++;
        }
    }

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
        long[] bits = new long[(rules.length + 63) >>> 6];
        for (int i : always) {
            bits[i >>> 6] |= 1L << i;
        }
        for (int k = 0; k < scanSlots.length; k++) {
            boolean any = scanSlots[k] == Prefilter.ANY_FIELD;
            String[] values = any ? null : view.raw(scanSlots[k]);
            if (!any && values.length == 0) {
                continue;
            }
            int[][] owners = patternRules[k];
            AhoCorasick automaton = automata[k];
            // A pattern found again in the same event (a path separator, a common DLL name) marks its rules once.
            long[] seen = new long[(automaton.patterns() + 63) >>> 6];
            IntConsumer mark = p -> {
                long bit = 1L << p;
                if ((seen[p >>> 6] & bit) != 0) {
                    return;
                }
                seen[p >>> 6] |= bit;
                for (int r : owners[p]) {
                    bits[r >>> 6] |= 1L << r;
                }
            };
            if (any) {
                view.forEachValue(v -> automaton.scan(v, mark));
                continue;
            }
            // Raw values: the automaton folds case as it scans, so only the rules it selects pay for folding.
            for (String v : values) {
                automaton.scan(v, mark);
            }
        }
        int evaluated = 0;
        for (int w = 0; w < bits.length; w++) {
            long word = bits[w];
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
