package io.usiem.commander.internal;

import io.usiem.api.input.EventIngest;
import io.usiem.api.parser.RawLog;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code siem:inject}: pushes lines through the live pipeline, as an input would. */
@Command(scope = "siem", name = "inject", description = "Pushes lines through the live pipeline")
@Service
public class InjectCommand extends LineCommand {
    private static final int RUN = 1000;

    @Reference
    EventIngest ingest;

    @Option(name = "--tenant", description = "Tenant of the events")
    String tenant;

    private long accepted;

    /** Hands a run to the kernel; a kernel that stops midway accepted only a prefix, which the user must hear. */
    private void handOver(List<RawLog> run) throws InterruptedException {
        int n = ingest.ingestAll(run);
        accepted += n;
        if (n < run.size()) {
            throw new IllegalStateException("uSIEM began stopping: the first " + accepted
                    + " lines were accepted, the rest were not; inject the rest again once it runs");
        }
        run.clear();
    }

    @Override
    public Object execute() throws Exception {
        // Lines go to the kernel in runs, as an input that reads many lines at once would hand them over.
        List<RawLog> run = new ArrayList<>(RUN);
        long n = forEachRawLog("siem:inject", raw -> {
            run.add(raw.tenant(tenant).build());
            if (run.size() == RUN) {
                handOver(run);
            }
        });
        handOver(run);
        System.out.println("Injected " + n + (n == 1 ? " line" : " lines") + "; see siem:status");
        return null;
    }
}
