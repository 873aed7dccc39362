package io.usiem.rules.sigma.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a detection section: each search identifier (a map = AND of its items, a list of maps =
 * OR, a list of scalars = keywords) and then the condition (a list of conditions = OR).
 */
final class DetectionCompiler {
    private final ItemCompiler items;

    DetectionCompiler(RuleContext ctx) {
        this.items = new ItemCompiler(ctx);
    }

    /**
     * @param detection the detection (or filter) section
     * @param extra additional search identifiers ANDed with the condition (add_condition), may be empty
     * @return the rule's expression
     */
    Expr compile(Map<String, Object> detection, List<Map<String, Object>> extra) {
        Map<String, Expr> ids = new LinkedHashMap<>();
        Object condition = null;
        for (Map.Entry<String, Object> e : detection.entrySet()) {
            String key = e.getKey();
            if (key.equals("condition")) {
                condition = e.getValue();
            } else if (key.equals("timeframe") || key.equals("rules")) {
                continue;
            } else {
                try {
                    ids.put(key, identifier(e.getValue()));
                } catch (RuleException ex) {
                    throw new RuleException("search identifier '" + key + "': " + ex.getMessage());
                }
            }
        }
        if (condition == null) {
            throw new RuleException("missing condition");
        }
        List<Expr> alternatives = new ArrayList<>();
        if (condition instanceof List) {
            for (Object c : (List<?>) condition) {
                alternatives.add(ConditionCompiler.compile(ids, requireString(c)));
            }
        } else {
            alternatives.add(ConditionCompiler.compile(ids, requireString(condition)));
        }
        Expr expr = Expr.or(alternatives);
        if (extra.isEmpty()) {
            return expr;
        }
        List<Expr> all = new ArrayList<>();
        for (Map<String, Object> m : extra) {
            all.add(map(m));
        }
        all.add(expr);
        return Expr.and(all);
    }

    private static String requireString(Object c) {
        if (!(c instanceof String)) {
            throw new RuleException("condition must be a string or a list of strings");
        }
        return (String) c;
    }

    @SuppressWarnings("unchecked")
    private Expr identifier(Object value) {
        if (value instanceof Map) {
            return map((Map<String, Object>) value);
        }
        if (value instanceof List) {
            List<?> list = (List<?>) value;
            if (list.isEmpty()) {
                throw new RuleException("empty list");
            }
            List<Expr> alternatives = new ArrayList<>();
            List<Object> keywords = new ArrayList<>();
            for (Object o : list) {
                if (o instanceof Map) {
                    alternatives.add(map((Map<String, Object>) o));
                } else if (o instanceof List) {
                    throw new RuleException("nested list");
                } else {
                    keywords.add(o);
                }
            }
            if (!keywords.isEmpty()) {
                alternatives.add(items.compile(null, keywords));
            }
            return Expr.or(alternatives);
        }
        if (value instanceof String) {
            return items.compile(null, value);
        }
        throw new RuleException("null search identifier");
    }

    private Expr map(Map<String, Object> m) {
        if (m.isEmpty()) {
            throw new RuleException("empty map");
        }
        List<Expr> parts = new ArrayList<>();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            parts.add(items.compile(e.getKey(), e.getValue()));
        }
        return Expr.and(parts);
    }
}
