package io.usiem.commander.internal;

import io.usiem.api.event.Tags;
import io.usiem.api.parser.RawLog;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Option;

/** The options of the commands that take lines (siem:parse, siem:inject) and the raw logs made from them. */
abstract class LineCommand implements Action {
    @Option(name = "--source-type", aliases = "-t", description = "Source type: skip parser guessing")
    String sourceType;

    @Option(name = "--file", aliases = "-f", description = "File of lines (relative paths start at the uSIEM home)")
    String file;

    @Argument(name = "line", description = "The line (quote it)", multiValued = true)
    List<String> line;

    /** Receives each raw log. */
    @FunctionalInterface
    interface RawLogConsumer {
        void accept(RawLog.Builder raw) throws Exception;
    }

    /** @return the number of lines */
    long forEachRawLog(String input, RawLogConsumer consumer) throws Exception {
        return LineSource.forEach(file, line, (text, invalidUtf8) -> {
            RawLog.Builder raw = RawLog.builder(text).sourceType(sourceType).input(input);
            if (invalidUtf8) {
                raw.tag(Tags.INVALID_UTF8);
            }
            consumer.accept(raw);
        });
    }
}
