package io.usiem.api.parser.testing;

import io.usiem.api.event.Fields;
import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.ParserMetadata;
import io.usiem.api.parser.RawLog;

/**
 * A parser with a planted bug, to prove the harness fails: lines of {@code k=v} parse, a line with
 * {@code #} is not mine, an empty one is a format error, and one containing the trap throws.
 */
final class StubParser implements LogParser {
    private final String trap;

    StubParser(String trap) {
        this.trap = trap;
    }

    @Override
    public ParserMetadata metadata() {
        return ParserMetadata.builder("stub").source("uSIEM", "stub").sourceTypes("stub").samples("a=1 b=2", "c=3").build();
    }

    @Override
    public ParseResult parse(RawLog raw) {
        String line = raw.message();
        if (line.contains(trap)) {
            throw new IllegalStateException("planted bug");
        }
        if (line.indexOf('#') >= 0) {
            return ParseResult.notMine();
        }
        if (line.isEmpty()) {
            return ParseResult.formatError("empty line");
        }
        return ParseResult.parsed(raw.newEventBuilder().set(Fields.MESSAGE, line).build());
    }
}
