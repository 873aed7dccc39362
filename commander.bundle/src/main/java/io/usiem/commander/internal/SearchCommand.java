package io.usiem.commander.internal;

import io.usiem.api.event.Event;
import io.usiem.api.search.EventSearch;
import io.usiem.api.search.SearchRequest;
import io.usiem.api.search.SearchResult;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code siem:search}: events matching a query, newest first; one line each (time, raw) or JSON. */
@Command(scope = "siem", name = "search", description = "Searches stored events, newest first (query language: see the store's README)")
@Service
public class SearchCommand extends TimeWindowCommand {
    @Reference
    EventSearch search;

    @Argument(index = 0, name = "query", multiValued = true, description = "The query, e.g. \"source.ip:10.0.0.0/8 AND event.action:deny\"; empty for all (the words are joined by spaces)")
    List<String> query = List.of();

    @Option(name = "--limit", aliases = "-n", description = "Most events to print")
    int limit = 50;

    @Option(name = "--cursor", description = "Continue after the page that printed this cursor")
    String cursor;

    @Option(name = "--json", description = "Print the result as JSON (total, next_cursor, events)")
    boolean json;

    @Override
    public Object execute() {
        SearchResult r = search.search(caller(), SearchRequest.builder(parse(String.join(" ", query))).timeRange(timeRange())
                .size(limit).cursor(cursor).build());
        if (json) {
            System.out.println(SearchJson.result(r));
            return null;
        }
        for (Event e : r.events()) {
            System.out.println(SearchJson.line(e));
        }
        System.out.println("# " + r.events().size() + " of " + r.total() + " events in " + r.tookNanos() / 1_000_000 + " ms"
                + (r.nextCursor() == null ? "" : "; next page: --cursor " + r.nextCursor()));
        return null;
    }
}
