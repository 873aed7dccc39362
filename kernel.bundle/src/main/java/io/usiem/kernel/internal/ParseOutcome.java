package io.usiem.kernel.internal;

import io.usiem.api.parser.ParseResult;

import java.util.List;

/**
 * What parser selection made of a line.
 *
 * @param parser the parser whose result counts, or null when none was tried or all failed
 * @param result its result; NOT_MINE when no parser took the line
 * @param attempts one line per parser tried
 * @param parserFailed whether a parser threw (a bug, or a bundle being stopped) while the line was tried
 */
record ParseOutcome(ParserEntry parser, ParseResult result, List<String> attempts, boolean parserFailed) {
    /** @return a one-line summary of why the line was not parsed */
    String failureReason() {
        if (attempts.isEmpty()) {
            return result.reason();
        }
        return String.join("; ", attempts);
    }
}
