package io.usiem.commander.internal;

import io.usiem.api.event.Tags;
import io.usiem.api.input.EventIngest;
import io.usiem.api.parser.RawLog;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code siem:inject}: pushes lines through the live pipeline, as an input would. */
@Command(scope = "siem", name = "inject", description = "Pushes lines through the live pipeline")
@Service
public class InjectCommand implements Action {
    @Reference
    EventIngest ingest;

    @Option(name = "--source-type", aliases = "-t", description = "Source type: skip parser guessing")
    String sourceType;

    @Option(name = "--file", aliases = "-f", description = "File of lines to inject")
    String file;

    @Option(name = "--tenant", description = "Tenant of the events")
    String tenant;

    @Argument(name = "line", description = "The line to inject (quote it)", multiValued = true)
    List<String> line;

    @Override
    public Object execute() throws Exception {
        long n = LineSource.forEach(file, line, (text, invalidUtf8) -> {
            RawLog.Builder raw = RawLog.builder(text).sourceType(sourceType).tenant(tenant).input("siem:inject");
            if (invalidUtf8) {
                raw.tag(Tags.INVALID_UTF8);
            }
            ingest.ingest(raw.build());
        });
        System.out.println("Injected " + n + (n == 1 ? " line" : " lines") + "; see siem:status");
        return null;
    }
}
