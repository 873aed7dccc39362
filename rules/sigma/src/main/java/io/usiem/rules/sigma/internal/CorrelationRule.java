package io.usiem.rules.sigma.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.usiem.api.alert.Severity;

/**
 * A compiled correlation rule (event_count, value_count, temporal, temporal_ordered, value_sum,
 * value_avg, value_percentile): its referenced rules (detection rules or other correlations, by id or
 * name), group-by fields (with aliases), timespan and condition. The window state lives in
 * {@link CorrelationWindows}, one per rule set.
 */
final class CorrelationRule {
    private static final Set<String> TYPES = Set.of("event_count", "value_count", "temporal", "temporal_ordered", "value_sum", "value_avg",
            "value_percentile");

    final RuleDoc doc;
    final String type;
    final List<String> refs;
    final List<String> groupBy;
    final Map<String, Map<String, String>> aliases;
    final long timespanNanos;
    final List<Object[]> conditions;
    final String field;
    final boolean generate;
    final Severity severity;

    @SuppressWarnings("unchecked")
    CorrelationRule(RuleDoc doc, Map<String, Object> root) {
        this.doc = doc;
        Map<String, Object> c = doc.detection();
        this.type = String.valueOf(c.get("type"));
        if (!TYPES.contains(type)) {
            throw new RuleException("unknown correlation type '" + type + "'");
        }
        this.refs = ProcessingPipeline.strings(c.get("rules"));
        if (refs.isEmpty()) {
            throw new RuleException("correlation names no rules ('rules')");
        }
        this.groupBy = ProcessingPipeline.strings(c.get("group-by"));
        this.aliases = new LinkedHashMap<>();
        if (c.get("aliases") instanceof Map) {
            ((Map<String, Object>) c.get("aliases")).forEach((alias, m) -> {
                Map<String, String> byRule = new LinkedHashMap<>();
                if (m instanceof Map) {
                    ((Map<String, Object>) m).forEach((rule, f) -> byRule.put(rule, String.valueOf(f)));
                }
                aliases.put(alias, byRule);
            });
        }
        this.timespanNanos = timespan(c.get("timespan"));
        List<Object[]> conds = new ArrayList<>();
        String f = null;
        Object cond = c.get("condition");
        if (cond instanceof Map) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) cond).entrySet()) {
                if (e.getKey().equals("field")) {
                    f = String.valueOf(e.getValue());
                    continue;
                }
                String op = e.getKey().toLowerCase(Locale.ROOT);
                if (!Set.of("gt", "gte", "lt", "lte", "eq", "neq").contains(op)) {
                    throw new RuleException("unknown correlation condition '" + e.getKey() + "'");
                }
                Double bound = NumberTest.parse(String.valueOf(e.getValue()));
                if (bound == null) {
                    throw new RuleException("correlation condition " + op + " needs a number");
                }
                conds.add(new Object[] {op, bound});
            }
        } else if (cond != null) {
            throw new RuleException("correlation condition must be a mapping such as {gte: 10}");
        }
        if (conds.isEmpty() && !type.startsWith("temporal")) {
            throw new RuleException("correlation type " + type + " needs a condition");
        }
        if (f == null && (type.equals("value_count") || type.startsWith("value_"))) {
            throw new RuleException("correlation type " + type + " needs condition.field");
        }
        this.conditions = List.copyOf(conds);
        this.field = f;
        // The spec lists generate among the rule's attributes; pySigma also reads it inside the correlation section.
        Object gen = root.containsKey("generate") ? root.get("generate") : c.get("generate");
        this.generate = gen != null && String.valueOf(gen).equalsIgnoreCase("true");
        this.severity = CompiledRule.severity(doc.level());
    }

    static long timespan(Object v) {
        String s = v == null ? "" : v.toString().trim();
        if (s.length() < 2) {
            throw new RuleException("correlation needs a timespan such as 5m");
        }
        long n;
        try {
            n = Long.parseLong(s.substring(0, s.length() - 1));
        } catch (NumberFormatException e) {
            throw new RuleException("bad timespan '" + s + "' (number then s, m, h or d)");
        }
        switch (s.charAt(s.length() - 1)) {
            case 's':
                return n * 1_000_000_000L;
            case 'm':
                return n * 60_000_000_000L;
            case 'h':
                return n * 3_600_000_000_000L;
            case 'd':
                return n * 86_400_000_000_000L;
            default:
                throw new RuleException("bad timespan '" + s + "' (number then s, m, h or d)");
        }
    }

    /** @param value the aggregate @return whether every condition holds (a range is two) */
    boolean holds(double value) {
        for (Object[] c : conditions) {
            double b = (Double) c[1];
            boolean ok;
            switch ((String) c[0]) {
                case "gt":
                    ok = value > b;
                    break;
                case "gte":
                    ok = value >= b;
                    break;
                case "lt":
                    ok = value < b;
                    break;
                case "lte":
                    ok = value <= b;
                    break;
                case "eq":
                    ok = value == b;
                    break;
                default:
                    ok = value != b;
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param groupField a group-by entry or the condition's field
     * @param id the id of the rule (or correlation) that produced the occurrence
     * @param name its name, or null
     * @return the field to read in that occurrence: the alias's field for that rule, else the entry itself
     */
    String fieldFor(String groupField, String id, String name) {
        Map<String, String> byRule = aliases.get(groupField);
        if (byRule != null) {
            String f = name == null ? null : byRule.get(name);
            if (f == null) {
                f = byRule.get(id);
            }
            if (f != null) {
                return f;
            }
        }
        return groupField;
    }
}
