package io.usiem.commander.internal;

import io.usiem.api.kernel.Pipeline;
import io.usiem.api.kernel.PipelineStatus;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code siem:status}: stages, queue depths, workers, rates, drops per reason and per-input counters. */
@Command(scope = "siem", name = "status", description = "Shows the pipeline: stages, queues, workers, events/s, drops and errors by reason, inputs")
@Service
public class StatusCommand implements Action {
    @Reference
    Pipeline pipeline;

    @Option(name = "--json", description = "Print the status as one JSON object")
    boolean json;

    @Override
    public Object execute() {
        PipelineStatus status = pipeline.status();
        if (json) {
            System.out.println(StatusFormatter.statusJson(status));
        } else {
            System.out.print(StatusFormatter.status(status));
        }
        return null;
    }
}
