package io.usiem.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;

import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.RawLog;

import java.io.IOException;
import java.util.List;

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

    /**
     * A parser's own sample lines (its metadata's), every other one behind a syslog header as they arrive from a
     * file or HTTP, the rest bare as after the syslog input.
     *
     * @param parser the parser
     * @param count the lines the benchmark counts ({@code OperationsPerInvocation})
     * @param header the header put before every other line
     * @return the lines
     */
    static RawLog[] samples(LogParser parser, int count, String header) {
        List<String> samples = parser.metadata().samples();
        if (samples.size() != count) {
            throw new IllegalStateException("the mix has " + samples.size() + " lines, the benchmark counts " + count);
        }
        RawLog[] out = new RawLog[count];
        for (int i = 0; i < count; i++) {
            out[i] = RawLog.of(i % 2 == 0 ? header + samples.get(i) : samples.get(i));
        }
        return out;
    }

    /** The floor of a JSON format: Jackson reading every token of the lines, building nothing. @return the tokens */
    static int jsonTokens(JsonFactory json, RawLog[] lines) throws IOException {
        int n = 0;
        for (RawLog line : lines) {
            try (JsonParser p = json.createParser(line.message())) {
                while (p.nextToken() != null) {
                    n++;
                }
            }
        }
        return n;
    }
}
