package io.usiem.rules.sigma.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code siem:rule <id>}: one rule's metadata, compiled expression and counters, or why it was rejected. */
@Command(scope = "siem", name = "rule", description = "Shows one Sigma rule: metadata, logsource, compiled condition, counters")
@Service
public class RuleCommand implements Action {
    @Reference
    SigmaEngine engine;

    @Argument(name = "id", required = true, description = "Rule id")
    String id;

    @Override
    public Object execute() {
        RuleSet set = engine.rules();
        CompiledRule r = set.rule(id);
        if (r == null) {
            for (CorrelationRule c : set.correlations) {
                if (c.doc.id().equals(id)) {
                    System.out.println("id:        " + c.doc.id());
                    System.out.println("title:     " + c.doc.title());
                    System.out.println("type:      correlation " + c.type + " over " + c.refs + (c.generate ? " (generate)" : ""));
                    System.out.println("group-by:  " + c.groupBy + (c.aliases.isEmpty() ? "" : " aliases " + c.aliases));
                    System.out.println("timespan:  " + c.timespanNanos / 1_000_000_000L + " s");
                    System.out.println("condition: " + (c.field == null ? "" : c.field + " ") + c.conditions.stream()
                            .map(x -> x[0] + " " + x[1]).collect(java.util.stream.Collectors.joining(" and ")));
                    return null;
                }
            }
            for (RuleError e : set.errors) {
                if (id.equals(e.id())) {
                    System.out.println("REJECTED " + e);
                    return null;
                }
            }
            System.out.println("No rule with id " + id);
            return null;
        }
        RuleDoc d = r.doc;
        System.out.println("id:        " + d.id());
        System.out.println("title:     " + d.title());
        System.out.println("status:    " + (d.status() == null ? "-" : d.status()));
        System.out.println("level:     " + d.level() + " (alert severity " + r.severity + ")");
        System.out.println("tags:      " + d.tags());
        System.out.println("logsource: " + d.logsource() + " (after pipelines)");
        System.out.println("source:    " + d.source());
        java.util.List<java.util.List<Prefilter.Hint>> groups = Prefilter.groups(r.expr);
        System.out.println("prefilter: " + (groups == null ? "none (evaluated on every event of its logsource)"
                : groups.stream().map(g -> g.size() + " hint(s)").collect(java.util.stream.Collectors.joining(" and "))));
        System.out.println("condition: " + r.expr);
        long evals = r.evaluations.sum();
        System.out.println("matches:   " + r.matches.sum() + " of " + evals + " evaluations, avg "
                + (evals == 0 ? 0 : r.nanos.sum() * SigmaEngine.timingSample() / evals) + " ns");
        return null;
    }
}
