package io.usiem.commander.internal;

import io.usiem.api.input.EventIngest;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code siem:inject}: pushes lines through the live pipeline, as an input would. */
@Command(scope = "siem", name = "inject", description = "Pushes lines through the live pipeline")
@Service
public class InjectCommand extends LineCommand {
    @Reference
    EventIngest ingest;

    @Option(name = "--tenant", description = "Tenant of the events")
    String tenant;

    @Override
    public Object execute() throws Exception {
        long n = forEachRawLog("siem:inject", raw -> ingest.ingest(raw.tenant(tenant).build()));
        System.out.println("Injected " + n + (n == 1 ? " line" : " lines") + "; see siem:status");
        return null;
    }
}
