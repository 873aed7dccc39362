package io.usiem.api.kernel;

import io.usiem.api.event.Event;
import io.usiem.api.parser.ParseResult;

import java.util.List;

/**
 * What the pipeline would make of a line.
 *
 * @param parser name of the parser that took the line, or null when none did
 * @param outcome the outcome of that parser, or of the last one tried
 * @param reason the reason of a format error or discard, or a summary of why no parser took it
 * @param events the events as they would be stored (a raw {@code unparsed} event when none parsed it)
 * @param attempts one line per parser tried: name and outcome
 */
public record DryRun(String parser, ParseResult.Kind outcome, String reason, List<Event> events, List<String> attempts) {
    /** Copies the lists so the result stays immutable. */
    public DryRun {
        events = List.copyOf(events);
        attempts = List.copyOf(attempts);
    }
}
