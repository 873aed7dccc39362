package io.usiem.commander.internal;

import io.usiem.api.search.EventSearch;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code siem:count}: how many stored events match a query. */
@Command(scope = "siem", name = "count", description = "Counts stored events matching a query")
@Service
public class CountCommand extends TimeWindowCommand {
    @Reference
    EventSearch search;

    @Argument(index = 0, name = "query", multiValued = true, description = "The query; empty for all (the words are joined by spaces)")
    List<String> query = List.of();

    @Override
    public Object execute() {
        System.out.println(search.count(caller(), parse(String.join(" ", query)), timeRange()));
        return null;
    }
}
