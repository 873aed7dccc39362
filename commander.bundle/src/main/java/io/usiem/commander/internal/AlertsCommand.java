package io.usiem.commander.internal;

import io.usiem.api.alert.Alert;
import io.usiem.api.event.EventJsonWriter;
import io.usiem.api.search.AlertSearch;
import io.usiem.api.search.AlertSearchResult;
import io.usiem.api.search.SearchRequest;

import java.util.List;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code siem:alerts}: stored alerts matching a query, newest first. */
@Command(scope = "siem", name = "alerts", description = "Searches stored alerts, newest first (rule.id, alert.severity, tags, and the events' fields)")
@Service
public class AlertsCommand extends TimeWindowCommand {
    @Reference
    AlertSearch alerts;

    @Argument(index = 0, name = "query", multiValued = true, description = "The query, e.g. \"alert.severity:high\"; empty for all (the words are joined by spaces)")
    List<String> query = List.of();

    @Option(name = "--limit", aliases = "-n", description = "Most alerts to print")
    int limit = 50;

    @Option(name = "--cursor", description = "Continue after the page that printed this cursor")
    String cursor;

    @Option(name = "--json", description = "Print the result as JSON")
    boolean json;

    @Override
    public Object execute() {
        AlertSearchResult r = alerts.searchAlerts(caller(), SearchRequest.builder(parse(String.join(" ", query)))
                .timeRange(timeRange()).size(limit).cursor(cursor).build());
        if (json) {
            System.out.println(SearchJson.alerts(r));
            return null;
        }
        for (Alert a : r.alerts()) {
            System.out.println(line(a));
        }
        System.out.println("# " + r.alerts().size() + " of " + r.total() + " alerts"
                + (r.nextCursor() == null ? "" : "; next page: --cursor " + r.nextCursor()));
        return null;
    }

    static String line(Alert a) {
        return EventJsonWriter.isoTime(a.createdNanos()) + "  " + a.severity().name().toLowerCase(Locale.ROOT) + "  "
                + a.ruleId() + "  " + a.ruleTitle() + "  (" + a.events().size() + " event" + (a.events().size() == 1 ? "" : "s")
                + (a.groupBy().isEmpty() ? "" : ", " + a.groupBy()) + ")";
    }
}
