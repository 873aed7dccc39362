package io.usiem.rules.sigma.internal;

import java.util.concurrent.atomic.LongAdder;

import io.usiem.api.alert.Severity;

/** A rule ready to evaluate: its document (logsource after the pipelines), expression and counters. */
final class CompiledRule {
    final RuleDoc doc;
    final Expr expr;
    /** The rule's Sigma-to-event field mapping (its pipelines), for correlations reading its events. */
    final java.util.function.Function<String, java.util.List<String>> mapping;
    final Severity severity;
    final LongAdder evaluations = new LongAdder();
    final LongAdder matches = new LongAdder();
    final LongAdder nanos = new LongAdder();

    CompiledRule(RuleDoc doc, Expr expr, java.util.function.Function<String, java.util.List<String>> mapping) {
        this.doc = doc;
        this.expr = expr;
        this.mapping = mapping;
        this.severity = severity(doc.level());
    }

    /** @param filter an expression of events to exclude @return this rule with it excluded */
    CompiledRule excluding(Expr filter) {
        return new CompiledRule(doc, Expr.and(java.util.List.of(expr, Expr.not(filter))), mapping);
    }

    String id() {
        return doc.id();
    }

    static Severity severity(String level) {
        switch (level) {
            case "informational":
                return Severity.INFORMATIONAL;
            case "low":
                return Severity.LOW;
            case "high":
                return Severity.HIGH;
            case "critical":
                return Severity.CRITICAL;
            default:
                return Severity.MEDIUM;
        }
    }
}
