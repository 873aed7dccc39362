package io.usiem.rules.sigma.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A processing pipeline in pySigma's YAML format: {@code name}, {@code priority}, {@code vars} and a
 * list of {@code transformations}, each with optional {@code rule_conditions} (logsource, tag;
 * {@code rule_cond_op}, {@code rule_cond_not}) and {@code field_name_conditions} (include_fields,
 * exclude_fields with mode plain or re). Transformations: field_name_mapping (one-to-one and
 * one-to-many), field_name_prefix_mapping, field_name_prefix, add_condition, change_logsource,
 * value_placeholders, rule_failure. Immutable.
 */
final class ProcessingPipeline {
    private static final Set<String> TYPES = Set.of("field_name_mapping", "field_name_prefix_mapping", "field_name_prefix",
            "add_condition", "change_logsource", "value_placeholders", "rule_failure");

    final String name;
    final int priority;
    final List<PipelineItem> items;
    final Map<String, List<String>> vars;

    private ProcessingPipeline(String name, int priority, List<PipelineItem> items, Map<String, List<String>> vars) {
        this.name = name;
        this.priority = priority;
        this.items = items;
        this.vars = vars;
    }

    /**
     * @param yaml the pipeline file's text
     * @param source file name for messages
     * @return the pipeline
     * @throws RuleException when it is malformed or uses a transformation this engine does not implement
     */
    @SuppressWarnings("unchecked")
    static ProcessingPipeline parse(String yaml, String source) {
        List<Object> docs = YamlDocs.readAll(yaml);
        if (docs.size() != 1 || !(docs.get(0) instanceof Map)) {
            throw new RuleException(source + ": a pipeline is one YAML mapping");
        }
        Map<String, Object> m = (Map<String, Object>) docs.get(0);
        String name = m.get("name") instanceof String ? (String) m.get("name") : source;
        int priority = 0;
        if (m.get("priority") instanceof String) {
            try {
                priority = Integer.parseInt((String) m.get("priority"));
            } catch (NumberFormatException e) {
                throw new RuleException(source + ": priority is not a number");
            }
        }
        Map<String, List<String>> vars = new LinkedHashMap<>();
        if (m.get("vars") instanceof Map) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) m.get("vars")).entrySet()) {
                vars.put(e.getKey(), strings(e.getValue()));
            }
        }
        List<PipelineItem> items = new ArrayList<>();
        Object ts = m.get("transformations");
        if (ts != null && !(ts instanceof List)) {
            throw new RuleException(source + ": transformations must be a list");
        }
        int n = 0;
        for (Object t : ts == null ? List.of() : (List<Object>) ts) {
            n++;
            if (!(t instanceof Map)) {
                throw new RuleException(source + ": transformation " + n + " is not a mapping");
            }
            Map<String, Object> tm = (Map<String, Object>) t;
            String type = String.valueOf(tm.get("type"));
            if (!TYPES.contains(type)) {
                throw new RuleException(source + ": transformation " + n + " has unsupported type '" + type + "' (supported: " + TYPES + ")");
            }
            items.add(new PipelineItem(type, tm, source + " #" + n));
        }
        return new ProcessingPipeline(name, priority, List.copyOf(items), Map.copyOf(vars));
    }

    static List<String> strings(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof List) {
            for (Object o : (List<?>) v) {
                if (o != null) {
                    out.add(o.toString());
                }
            }
        } else if (v != null) {
            out.add(v.toString());
        }
        return out;
    }

    @Override
    public String toString() {
        return name + " (priority " + priority + ", " + items.size() + " transformations)";
    }

    /** @param s a logsource key or value @return it lower-cased */
    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
