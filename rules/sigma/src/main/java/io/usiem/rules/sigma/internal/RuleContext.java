package io.usiem.rules.sigma.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What compiling one rule needs from outside: the field slots, the pipeline's field mapping and placeholders. */
final class RuleContext {
    private final FieldSlots slots;
    private final Function<String, List<String>> mapping;
    private final Map<String, List<String>> placeholders;

    RuleContext(FieldSlots slots, Function<String, List<String>> mapping, Map<String, List<String>> placeholders) {
        this.slots = slots;
        this.mapping = mapping;
        this.placeholders = placeholders;
    }

    /** @param sigmaField a field as the rule names it @return the slots of the event fields it maps to */
    int[] slots(String sigmaField) {
        List<String> targets = mapping.apply(sigmaField);
        int[] out = new int[targets.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = slots.slot(targets.get(i));
        }
        return out;
    }

    Map<String, List<String>> placeholders() {
        return placeholders;
    }
}
