package io.usiem.rules.sigma.internal;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code siem:rules}: loaded and rejected counts, then per rule its status, level, matches and evaluation time. */
@Command(scope = "siem", name = "rules", description = "Lists the loaded Sigma rules with their matches and evaluation time")
@Service
public class RulesCommand implements Action {
    @Reference
    SigmaEngine engine;

    @Option(name = "--matched", aliases = "-m", description = "Only rules that matched at least once")
    boolean matchedOnly;

    @Option(name = "--filter", aliases = "-f", description = "Only rules whose id or title contains this text")
    String filter;

    @Override
    public Object execute() {
        RuleSet set = engine.rules();
        System.out.println("Sigma rules: " + set.rules.size() + " loaded, " + set.correlations.size() + " correlations, "
                + set.errors.size() + " rejected (siem:rule-errors); sources: " + engine.repository().sources());
        System.out.println("Pipelines: " + engine.pipelines().stream().map(p -> p.name).collect(Collectors.joining(", ")));
        System.out.printf("%-36s %-13s %-9s %10s %12s %10s  %s%n", "ID", "STATUS", "LEVEL", "MATCHES", "EVALUATED", "AVG_NS", "TITLE");
        List<CompiledRule> rules = set.rules.stream().filter(r -> !matchedOnly || r.matches.sum() > 0)
                .filter(r -> filter == null || r.id().contains(filter) || r.doc.title().toLowerCase().contains(filter.toLowerCase()))
                .sorted(Comparator.comparingLong((CompiledRule r) -> -r.matches.sum()).thenComparing(CompiledRule::id))
                .collect(Collectors.toList());
        for (CompiledRule r : rules) {
            long evals = r.evaluations.sum();
            long avg = evals == 0 ? 0 : r.nanos.sum() * SigmaEngine.timingSample() / evals;
            System.out.printf("%-36s %-13s %-9s %10d %12d %10d  %s%n", r.id(), r.doc.status() == null ? "-" : r.doc.status(),
                    r.doc.level(), r.matches.sum(), evals, avg, r.doc.title());
        }
        for (CorrelationRule c : set.correlations) {
            CorrelationWindows w = set.windows.get(c);
            System.out.printf("%-36s %-13s %-9s %s over %s, group-by %s, windows evicted %d, events dropped %d, too late %d  %s%n", c.doc.id(),
                    "correlation", c.doc.level(), c.type, c.refs, c.groupBy, w.evictedGroups.sum(), w.droppedEvents.sum(), w.lateEvents.sum(),
                    c.doc.title());
        }
        return null;
    }
}
