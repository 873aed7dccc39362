package io.usiem.rules.sigma.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Applies the processing pipelines to a rule document and compiles its detection. */
final class RuleCompiler {
    private final List<ProcessingPipeline> pipelines;
    private final FieldSlots slots;

    RuleCompiler(List<ProcessingPipeline> pipelines, FieldSlots slots) {
        List<ProcessingPipeline> sorted = new ArrayList<>(pipelines);
        sorted.sort(Comparator.comparingInt(p -> p.priority));
        this.pipelines = List.copyOf(sorted);
        this.slots = slots;
    }

    FieldSlots slots() {
        return slots;
    }

    /**
     * @param doc a rule or filter document
     * @return the compiled rule (a filter compiles the same way; its expression is what to exclude)
     * @throws RuleException with the reason it cannot be compiled
     */
    CompiledRule compile(RuleDoc doc) {
        Map<String, String> logsource = doc.logsource();
        List<Map<String, Object>> extra = new ArrayList<>();
        List<PipelineItem> mappers = new ArrayList<>();
        Map<String, List<String>> placeholders = new LinkedHashMap<>();
        for (ProcessingPipeline p : pipelines) {
            for (PipelineItem item : p.items) {
                if (!item.appliesTo(logsource, doc.tags())) {
                    continue;
                }
                switch (item.type) {
                    case "change_logsource":
                        logsource = item.changeLogsource(logsource);
                        break;
                    case "add_condition":
                        extra.add(item.conditions());
                        break;
                    case "value_placeholders":
                        for (Map.Entry<String, List<String>> v : p.vars.entrySet()) {
                            if (item.placeholderSelected(v.getKey())) {
                                placeholders.put(v.getKey(), v.getValue());
                            }
                        }
                        break;
                    case "rule_failure":
                        throw new RuleException("pipeline " + p.name + ": " + item.message());
                    default:
                        mappers.add(item);
                }
            }
        }
        java.util.function.Function<String, List<String>> mapping = field -> map(mappers, field);
        RuleContext ctx = new RuleContext(slots, mapping, placeholders);
        Expr expr = new DetectionCompiler(ctx).compile(doc.detection(), extra);
        return new CompiledRule(doc.withLogsource(logsource), expr, mapping);
    }

    private static List<String> map(List<PipelineItem> mappers, String field) {
        List<String> current = List.of(field);
        for (PipelineItem m : mappers) {
            LinkedHashSet<String> next = new LinkedHashSet<>();
            for (String f : current) {
                next.addAll(m.mapField(f));
            }
            current = List.copyOf(next);
        }
        return current;
    }
}
