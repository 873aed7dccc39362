package io.usiem.commander.internal;

import io.usiem.api.input.Input;
import io.usiem.api.input.InputStats;
import io.usiem.api.kernel.Pipeline;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** {@code siem:status}: stages, queue depths, workers, rates, drops per reason and per-input counters. */
@Command(scope = "siem", name = "status", description = "Shows the pipeline: stages, queues, workers, events/s, drops and errors by reason, inputs")
@Service
public class StatusCommand implements Action {
    @Reference
    Pipeline pipeline;

    @Reference
    BundleContext context;

    @Option(name = "--json", description = "Print the status as one JSON object")
    boolean json;

    @Override
    public Object execute() throws InvalidSyntaxException {
        List<InputStats> inputs = new ArrayList<>();
        for (ServiceReference<Input> ref : context.getServiceReferences(Input.class, null)) {
            Input input = context.getService(ref);
            if (input != null) {
                try {
                    inputs.add(input.stats());
                } finally {
                    context.ungetService(ref);
                }
            }
        }
        if (json) {
            System.out.println(StatusFormatter.statusJson(pipeline.status(), inputs));
        } else {
            System.out.print(StatusFormatter.status(pipeline.status(), inputs));
        }
        return null;
    }
}
