package io.usiem.benchmarks;

import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.RawLog;

/**
 * What the parser benchmarks share: the mix of lines each cycles through, checked to parse before anything is
 * measured (a line that fell to a format error would measure the error path), and the two loops every parser
 * benchmark runs: the parser over the mix, and its peer, a bare split of the same lines. Each benchmark runs in
 * its own JVM, so these calls see one parser class and inline as the loops written in place did.
 */
final class ParserMix {
    private ParserMix() {
    }

    /**
     * @param parser the parser under test
     * @param lines the mix
     * @return the lines as raw logs
     * @throws IllegalStateException when a line does not parse
     */
    static RawLog[] parsed(LogParser parser, String... lines) {
        RawLog[] out = new RawLog[lines.length];
        for (int i = 0; i < lines.length; i++) {
            out[i] = RawLog.of(lines[i]);
            if (!parser.parse(out[i]).isParsed()) {
                throw new IllegalStateException("benchmark line does not parse: " + lines[i]);
            }
        }
        return out;
    }

    /** @return the events the parser made of all lines (consumed, so nothing is optimised away) */
    static int parseAll(LogParser parser, RawLog[] lines) {
        int n = 0;
        for (RawLog line : lines) {
            n += parser.parse(line).events().size();
        }
        return n;
    }

    /** The floor: String.split on a single character (no regex) of the same lines. @return the tokens */
    static int splitAll(RawLog[] lines, String separator) {
        int n = 0;
        for (RawLog line : lines) {
            n += line.message().split(separator).length;
        }
        return n;
    }
}
