package io.usiem.commander.internal;

import io.usiem.api.event.Event;
import io.usiem.api.event.Tags;
import io.usiem.api.kernel.DryRun;
import io.usiem.api.kernel.Pipeline;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code siem:parse}: dry run; prints each normalized event as one line of JSON, or the error and its reason. */
@Command(scope = "siem", name = "parse", description = "Parses lines without ingesting them and prints the events as JSON")
@Service
public class ParseCommand implements Action {
    @Reference
    Pipeline pipeline;

    @Option(name = "--source-type", aliases = "-t", description = "Source type: skip parser guessing")
    String sourceType;

    @Option(name = "--file", aliases = "-f", description = "File of lines to parse")
    String file;

    @Option(name = "--verbose", aliases = "-v", description = "Also print which parsers were tried")
    boolean verbose;

    @Argument(name = "line", description = "The line to parse (quote it)", multiValued = true)
    List<String> line;

    @Override
    public Object execute() throws Exception {
        LineSource.forEach(file, line, (text, invalidUtf8) -> {
            RawLog.Builder raw = RawLog.builder(text).sourceType(sourceType).input("siem:parse");
            if (invalidUtf8) {
                raw.tag(Tags.INVALID_UTF8);
            }
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
