package io.usiem.commander.internal;

import io.usiem.api.event.Event;
import io.usiem.api.kernel.DryRun;
import io.usiem.api.kernel.Pipeline;
import io.usiem.api.parser.ParseResult;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code siem:parse}: dry run; prints each normalized event as one line of JSON, or the error and its reason. */
@Command(scope = "siem", name = "parse", description = "Parses lines without ingesting them and prints the events as JSON")
@Service
public class ParseCommand extends LineCommand {
    @Reference
    Pipeline pipeline;

    @Option(name = "--verbose", aliases = "-v", description = "Also print which parsers were tried")
    boolean verbose;

    @Override
    public Object execute() throws Exception {
        forEachRawLog("siem:parse", raw -> {
            DryRun run = pipeline.dryRun(raw.build());
            if (verbose) {
                System.out.println("# parser: " + (run.parser() == null ? "none" : run.parser()) + "; tried: " + run.attempts());
            }
            if (run.outcome() == ParseResult.Kind.FORMAT_ERROR) {
                System.out.println("# FORMAT_ERROR " + run.parser() + ": " + run.reason() + " (stored raw, tagged unparsed)");
            } else if (run.outcome() == ParseResult.Kind.NOT_MINE) {
                System.out.println("# UNPARSED: " + run.reason() + " (stored raw, tagged unparsed)");
            } else if (run.outcome() == ParseResult.Kind.DISCARD) {
                System.out.println("# DISCARD " + run.parser() + ": " + run.reason());
            }
            for (Event e : run.events()) {
                System.out.println(e);
            }
        });
        return null;
    }
}
