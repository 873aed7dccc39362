package io.usiem.commander.internal;

import io.usiem.api.kernel.Pipeline;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code siem:parsers}: installed parsers, their versions, and events and errors per parser. */
@Command(scope = "siem", name = "parsers", description = "Lists installed parsers with versions and counters")
@Service
public class ParsersCommand implements Action {
    @Reference
    Pipeline pipeline;

    @Override
    public Object execute() {
        System.out.print(StatusFormatter.parsers(pipeline.parsers()));
        return null;
    }
}
