package io.usiem.rules.sigma.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One Sigma YAML document as read, before compilation: a detection rule, a filter or a correlation
 * rule. Validated against the spec's mandatory attributes.
 *
 * @param kind what the document is
 * @param id the rule id (the name when there is no id, the title as last resort)
 * @param name the optional {@code name} attribute (correlations refer to rules by it)
 * @param title title
 * @param level level, lower-case, medium when absent
 * @param status status or null
 * @param tags tags
 * @param logsource logsource keys (product, category, service) in lower case
 * @param detection the detection (rules) or filter (filters) section; the correlation section for correlations
 * @param source where the document came from, for messages
 */
record RuleDoc(Kind kind, String id, String name, String title, String level, String status, List<String> tags,
        Map<String, String> logsource, Map<String, Object> detection, String source) {

    enum Kind { RULE, FILTER, CORRELATION }

    /**
     * @param doc a YAML document
     * @param source file name for messages
     * @return the document
     * @throws RuleException when a mandatory attribute is missing or malformed
     */
    @SuppressWarnings("unchecked")
    static RuleDoc of(Object doc, String source) {
        if (!(doc instanceof Map)) {
            throw new RuleException("document is not a YAML mapping");
        }
        Map<String, Object> m = (Map<String, Object>) doc;
        String title = string(m, "title");
        if (title == null || title.isBlank()) {
            throw new RuleException("missing mandatory attribute 'title'");
        }
        String id = string(m, "id");
        String name = string(m, "name");
        Kind kind;
        Object body;
        if (m.containsKey("correlation")) {
            kind = Kind.CORRELATION;
            body = m.get("correlation");
        } else if (m.containsKey("filter") && !m.containsKey("detection")) {
            kind = Kind.FILTER;
            body = m.get("filter");
        } else {
            kind = Kind.RULE;
            body = m.get("detection");
            if (body == null) {
                throw new RuleException("missing mandatory attribute 'detection'");
            }
        }
        if (!(body instanceof Map)) {
            throw new RuleException("'" + (kind == Kind.RULE ? "detection" : kind.name().toLowerCase(Locale.ROOT)) + "' is not a mapping");
        }
        Map<String, String> logsource = new java.util.LinkedHashMap<>();
        Object ls = m.get("logsource");
        if (ls instanceof Map) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) ls).entrySet()) {
                if (e.getValue() instanceof String) {
                    logsource.put(e.getKey().toLowerCase(Locale.ROOT), ((String) e.getValue()).toLowerCase(Locale.ROOT));
                }
            }
        } else if (kind != Kind.CORRELATION) {
            throw new RuleException("missing mandatory attribute 'logsource'");
        }
        String level = string(m, "level");
        List<String> tags = new ArrayList<>();
        if (m.get("tags") instanceof List) {
            for (Object t : (List<Object>) m.get("tags")) {
                if (t instanceof String) {
                    tags.add((String) t);
                }
            }
        }
        String effectiveId = id != null ? id : name != null ? name : title;
        return new RuleDoc(kind, effectiveId, name, title, level == null ? "medium" : level.toLowerCase(Locale.ROOT),
                string(m, "status"), List.copyOf(tags), Map.copyOf(logsource), (Map<String, Object>) body, source);
    }

    private static String string(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v instanceof String ? (String) v : null;
    }

    /** @param replaced a new logsource (change_logsource) @return this document with it */
    RuleDoc withLogsource(Map<String, String> replaced) {
        return new RuleDoc(kind, id, name, title, level, status, tags, Map.copyOf(replaced), detection, source);
    }
}
