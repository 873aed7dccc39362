package io.usiem.commander.internal;

import io.usiem.api.search.Aggregation;
import io.usiem.api.search.AggregationResult;
import io.usiem.api.search.EventSearch;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code siem:top}: the most frequent values of a field among the events matching a query. */
@Command(scope = "siem", name = "top", description = "Shows the most frequent values of a field (keyword, IP or number)")
@Service
public class TopCommand extends TimeWindowCommand {
    @Reference
    EventSearch search;

    @Argument(index = 0, name = "field", required = true, description = "The field, e.g. source.ip")
    String field;

    @Argument(index = 1, name = "query", multiValued = true, description = "The query; empty for all (the words are joined by spaces)")
    List<String> query = List.of();

    @Option(name = "--limit", aliases = "-n", description = "How many values")
    int limit = 10;

    @Option(name = "--json", description = "Print the result as JSON")
    boolean json;

    @Override
    public Object execute() {
        AggregationResult r = search.aggregate(caller(), parse(String.join(" ", query)), timeRange(), Aggregation.terms(field, limit));
        if (json) {
            System.out.println(SearchJson.aggregation(r));
            return null;
        }
        System.out.print(top(r));
        return null;
    }

    static String top(AggregationResult r) {
        StringBuilder out = new StringBuilder();
        int width = 5;
        for (AggregationResult.Bucket b : r.buckets()) {
            width = Math.max(width, Long.toString(b.count()).length());
        }
        for (AggregationResult.Bucket b : r.buckets()) {
            out.append(String.format("%" + width + "d  %s%n", b.count(), b.key()));
        }
        out.append("# ").append(r.value()).append(" events matched");
        if (r.otherCount() > 0) {
            out.append(", ").append(r.otherCount()).append(" more values outside the top ").append(r.buckets().size());
        }
        return out.append(System.lineSeparator()).toString();
    }
}
