package io.usiem.rules.sigma.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a rule set from rule files: reads each YAML document, compiles rules through the pipelines,
 * applies filters to the rules they name, and records every rejection with its reason. Never throws
 * for a bad rule.
 */
final class RuleLoader {
    /** Default tolerance for late events in correlation windows. */
    static final long DEFAULT_LATENESS_NANOS = 60_000_000_000L;

    private final List<ProcessingPipeline> pipelines;
    private final long latenessNanos;

    RuleLoader(List<ProcessingPipeline> pipelines) {
        this(pipelines, DEFAULT_LATENESS_NANOS);
    }

    /** @param latenessNanos how late (event time) an event may arrive and still count in a correlation window */
    RuleLoader(List<ProcessingPipeline> pipelines, long latenessNanos) {
        this.pipelines = List.copyOf(pipelines);
        this.latenessNanos = latenessNanos;
    }

    /** @param files rule files @return the compiled set with its errors */
    RuleSet load(List<RuleText> files) {
        FieldSlots slots = new FieldSlots();
        RuleCompiler compiler = new RuleCompiler(pipelines, slots);
        Map<String, CompiledRule> rules = new LinkedHashMap<>();
        List<CompiledRule> filters = new ArrayList<>();
        List<RuleError> errors = new ArrayList<>();
        List<Object[]> correlations = new ArrayList<>();
        for (RuleText f : files) {
            List<Object> docs;
            try {
                docs = YamlDocs.readAll(f.yaml());
            } catch (RuleException e) {
                errors.add(new RuleError(f.where(), null, null, e.getMessage()));
                continue;
            }
            for (Object d : docs) {
                if (d == null) {
                    continue;
                }
                RuleDoc doc = null;
                try {
                    doc = RuleDoc.of(d, f.where());
                    if (doc.kind() == RuleDoc.Kind.CORRELATION) {
                        correlations.add(new Object[] {doc, d});
                        continue;
                    }
                    CompiledRule r = compiler.compile(doc);
                    if (doc.kind() == RuleDoc.Kind.FILTER) {
                        filters.add(r);
                    } else if (rules.containsKey(doc.id())) {
                        errors.add(new RuleError(f.where(), doc.id(), doc.title(), "duplicate rule id; the rule from "
                                + rules.get(doc.id()).doc.source() + " is kept"));
                    } else {
                        rules.put(doc.id(), r);
                    }
                } catch (RuleException e) {
                    errors.add(new RuleError(f.where(), doc == null ? null : doc.id(), doc == null ? null : doc.title(), e.getMessage()));
                } catch (RuntimeException e) {
                    // A bug of ours must not take the other rules down; the rule is rejected with the cause.
                    errors.add(new RuleError(f.where(), doc == null ? null : doc.id(), doc == null ? null : doc.title(),
                            "internal error: " + e));
                }
            }
        }
        applyFilters(rules, filters, errors);
        List<CorrelationRule> compiled = correlations(correlations, rules, errors);
        return new RuleSet(new ArrayList<>(rules.values()), errors, slots, compiled, latenessNanos);
    }

    /**
     * Compiles correlation documents. A correlation may name detection rules and other correlations
     * (chaining); one naming a rule that is not loaded, a rejected correlation or itself through a cycle is
     * rejected, and so is every correlation built on it.
     */
    private static List<CorrelationRule> correlations(List<Object[]> docs, Map<String, CompiledRule> rules, List<RuleError> errors) {
        Map<String, CorrelationRule> byRef = new LinkedHashMap<>();
        List<CorrelationRule> all = new ArrayList<>();
        for (Object[] c : docs) {
            RuleDoc doc = (RuleDoc) c[0];
            try {
                if (rules.containsKey(doc.id()) || byRef.containsKey(doc.id())) {
                    throw new RuleException("duplicate rule id " + doc.id());
                }
                @SuppressWarnings("unchecked")
                CorrelationRule cr = new CorrelationRule(doc, (Map<String, Object>) c[1]);
                all.add(cr);
                byRef.put(doc.id(), cr);
                if (doc.name() != null) {
                    byRef.putIfAbsent(doc.name(), cr);
                }
            } catch (RuleException e) {
                errors.add(new RuleError(doc.source(), doc.id(), doc.title(), e.getMessage()));
            }
        }
        Map<CorrelationRule, String> rejected = new java.util.IdentityHashMap<>();
        for (CorrelationRule cr : all) {
            for (String ref : cr.refs) {
                if (!byRef.containsKey(ref) && find(rules, ref) == null) {
                    rejected.put(cr, "correlation references rule '" + ref + "', which is not loaded");
                    break;
                }
            }
        }
        for (CorrelationRule cr : all) {
            if (!rejected.containsKey(cr) && cycle(cr, byRef, new java.util.ArrayDeque<>())) {
                rejected.put(cr, "correlation chain refers back to itself");
            }
        }
        // A correlation built on a rejected one cannot work either; repeat until nothing changes.
        for (boolean changed = true; changed;) {
            changed = false;
            for (CorrelationRule cr : all) {
                if (rejected.containsKey(cr)) {
                    continue;
                }
                for (String ref : cr.refs) {
                    CorrelationRule inner = byRef.get(ref);
                    if (inner != null && rejected.containsKey(inner)) {
                        rejected.put(cr, "correlation references correlation '" + ref + "', which is rejected: " + rejected.get(inner));
                        changed = true;
                        break;
                    }
                }
            }
        }
        List<CorrelationRule> out = new ArrayList<>();
        for (CorrelationRule cr : all) {
            if (rejected.containsKey(cr)) {
                errors.add(new RuleError(cr.doc.source(), cr.doc.id(), cr.doc.title(), rejected.get(cr)));
            } else {
                out.add(cr);
            }
        }
        return out;
    }

    private static boolean cycle(CorrelationRule cr, Map<String, CorrelationRule> byRef, java.util.Deque<CorrelationRule> path) {
        for (CorrelationRule p : path) {
            if (p == cr) {
                return true;
            }
        }
        path.push(cr);
        try {
            for (String ref : cr.refs) {
                CorrelationRule inner = byRef.get(ref);
                if (inner != null && cycle(inner, byRef, path)) {
                    return true;
                }
            }
            return false;
        } finally {
            path.pop();
        }
    }

    /** @return the rule with that id or name, or null */
    static CompiledRule find(Map<String, CompiledRule> rules, String ref) {
        CompiledRule r = rules.get(ref);
        if (r != null) {
            return r;
        }
        for (CompiledRule c : rules.values()) {
            if (ref.equals(c.doc.name())) {
                return c;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static void applyFilters(Map<String, CompiledRule> rules, List<CompiledRule> filters, List<RuleError> errors) {
        for (CompiledRule f : filters) {
            Object targets = f.doc.detection().get("rules");
            List<String> names = ProcessingPipeline.strings(targets);
            if (names.isEmpty()) {
                errors.add(new RuleError(f.doc.source(), f.id(), f.doc.title(), "filter names no rules ('filter.rules')"));
                continue;
            }
            Set<String> applied = new HashSet<>();
            for (Map.Entry<String, CompiledRule> e : rules.entrySet()) {
                CompiledRule r = e.getValue();
                if (names.contains(r.id()) || (r.doc.name() != null && names.contains(r.doc.name()))) {
                    e.setValue(r.excluding(f.expr));
                    applied.add(r.id());
                }
            }
            if (applied.isEmpty()) {
                errors.add(new RuleError(f.doc.source(), f.id(), f.doc.title(), "filter names no loaded rule: " + names));
            }
        }
    }
}
