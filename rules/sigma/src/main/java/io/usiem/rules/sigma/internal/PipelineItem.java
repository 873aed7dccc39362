package io.usiem.rules.sigma.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.re2j.Pattern;

/** One transformation of a processing pipeline with its rule and field-name conditions. */
final class PipelineItem {
    final String type;
    final String where;
    private final Map<String, Object> spec;
    private final List<Map<String, Object>> ruleConditions = new ArrayList<>();
    private final boolean ruleCondOr;
    private final boolean ruleCondNot;
    private final List<Map<String, Object>> fieldConditions = new ArrayList<>();
    private final boolean fieldCondNot;
    private final Map<String, List<String>> mapping = new LinkedHashMap<>();

    @SuppressWarnings("unchecked")
    PipelineItem(String type, Map<String, Object> spec, String where) {
        this.type = type;
        this.spec = spec;
        this.where = where;
        Object rc = spec.get("rule_conditions");
        if (rc instanceof List) {
            for (Object o : (List<?>) rc) {
                if (!(o instanceof Map)) {
                    throw new RuleException(where + ": rule_conditions entries must be mappings");
                }
                Map<String, Object> c = (Map<String, Object>) o;
                String t = String.valueOf(c.get("type"));
                if (!t.equals("logsource") && !t.equals("tag")) {
                    throw new RuleException(where + ": unsupported rule condition type '" + t + "' (logsource, tag)");
                }
                ruleConditions.add(c);
            }
        }
        this.ruleCondOr = "or".equals(spec.get("rule_cond_op"));
        this.ruleCondNot = "true".equals(String.valueOf(spec.get("rule_cond_not")));
        Object fc = spec.get("field_name_conditions");
        if (fc instanceof List) {
            for (Object o : (List<?>) fc) {
                if (!(o instanceof Map)) {
                    throw new RuleException(where + ": field_name_conditions entries must be mappings");
                }
                Map<String, Object> c = (Map<String, Object>) o;
                String t = String.valueOf(c.get("type"));
                if (!t.equals("include_fields") && !t.equals("exclude_fields")) {
                    throw new RuleException(where + ": unsupported field name condition '" + t + "'");
                }
                fieldConditions.add(c);
            }
        }
        this.fieldCondNot = "true".equals(String.valueOf(spec.get("field_name_cond_not")));
        if (spec.get("mapping") instanceof Map) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) spec.get("mapping")).entrySet()) {
                mapping.put(e.getKey(), ProcessingPipeline.strings(e.getValue()));
            }
        } else if (type.equals("field_name_mapping") || type.equals("field_name_prefix_mapping")) {
            throw new RuleException(where + ": " + type + " needs a 'mapping'");
        }
    }

    /** @param logsource the rule's current logsource @param tags its tags @return whether the item applies */
    boolean appliesTo(Map<String, String> logsource, List<String> tags) {
        if (ruleConditions.isEmpty()) {
            return !ruleCondNot;
        }
        boolean result = !ruleCondOr;
        for (Map<String, Object> c : ruleConditions) {
            boolean hit = "tag".equals(c.get("type")) ? tags.stream().anyMatch(t -> t.equalsIgnoreCase(String.valueOf(c.get("tag"))))
                    : logsourceMatches(c, logsource);
            result = ruleCondOr ? result || hit : result && hit;
        }
        return result != ruleCondNot;
    }

    private static boolean logsourceMatches(Map<String, Object> c, Map<String, String> logsource) {
        for (String k : new String[] {"product", "category", "service"}) {
            Object want = c.get(k);
            if (want != null && !String.valueOf(want).toLowerCase(Locale.ROOT).equals(logsource.get(k))) {
                return false;
            }
        }
        return true;
    }

    private boolean fieldSelected(String field) {
        if (fieldConditions.isEmpty()) {
            return !fieldCondNot;
        }
        boolean all = true;
        for (Map<String, Object> c : fieldConditions) {
            boolean re = "re".equals(c.get("mode"));
            boolean listed = false;
            for (String f : ProcessingPipeline.strings(c.get("fields"))) {
                if (re ? Pattern.matches(f, field) : f.equals(field)) {
                    listed = true;
                    break;
                }
            }
            all &= "include_fields".equals(c.get("type")) == listed;
        }
        return all != fieldCondNot;
    }

    /** @param field a field name @return what this item maps it to (itself when it does not touch it) */
    List<String> mapField(String field) {
        if (!fieldSelected(field)) {
            return List.of(field);
        }
        switch (type) {
            case "field_name_mapping": {
                List<String> to = mapping.get(field);
                return to == null || to.isEmpty() ? List.of(field) : to;
            }
            case "field_name_prefix_mapping":
                for (Map.Entry<String, List<String>> e : mapping.entrySet()) {
                    if (field.startsWith(e.getKey()) && !e.getValue().isEmpty()) {
                        return List.of(e.getValue().get(0) + field.substring(e.getKey().length()));
                    }
                }
                return List.of(field);
            case "field_name_prefix":
                return List.of(String.valueOf(spec.get("prefix")) + field);
            default:
                return List.of(field);
        }
    }

    /** @return add_condition's field/value pairs */
    @SuppressWarnings("unchecked")
    Map<String, Object> conditions() {
        Object c = spec.get("conditions");
        if (!(c instanceof Map)) {
            throw new RuleException(where + ": add_condition needs 'conditions' (a mapping)");
        }
        return (Map<String, Object>) c;
    }

    /** @param current the rule's logsource @return the logsource change_logsource makes of it */
    Map<String, String> changeLogsource(Map<String, String> current) {
        Map<String, String> out = new LinkedHashMap<>(current);
        for (String k : new String[] {"product", "category", "service"}) {
            if (spec.containsKey(k)) {
                Object v = spec.get(k);
                if (v == null) {
                    out.remove(k);
                } else {
                    out.put(k, String.valueOf(v).toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** @param name a placeholder @return whether value_placeholders resolves it */
    boolean placeholderSelected(String name) {
        List<String> include = ProcessingPipeline.strings(spec.get("include"));
        List<String> exclude = ProcessingPipeline.strings(spec.get("exclude"));
        return (include.isEmpty() || include.contains(name)) && !exclude.contains(name);
    }

    /** @return rule_failure's message */
    String message() {
        Object m = spec.get("message");
        return m == null ? "rule rejected by pipeline " + where : String.valueOf(m);
    }
}
