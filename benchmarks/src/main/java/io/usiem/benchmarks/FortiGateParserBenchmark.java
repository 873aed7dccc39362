package io.usiem.benchmarks;

import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.RawLog;
import io.usiem.parser.fortigate.internal.FortiGateParser;

import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The FortiGate parser on its sample mix (traffic forward/local, utm webfilter/virus/ips/app-ctrl/dns,
 * event system/vpn/user/ha/wireless/router; FortiOS 6.0 to 7.x), half of them behind a syslog PRI,
 * against a bare tokenizer of the same lines (split on spaces, then each token at its first '='):
 * the ratio is the distance to the tokenizing limit.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FortiGateParserBenchmark {
    /** Lines in the mix; {@link OperationsPerInvocation} must match. */
    static final int LINES = 17;

    private RawLog[] lines;
    private LogParser parser;

    @Setup
    public void setUp() {
        parser = FortiGateParser.forZone(ZoneOffset.UTC);
        lines = ParserMix.samples(parser, LINES, "<189>");
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public int parse() {
        return ParserMix.parseAll(parser, lines);
    }

    /** The peer: split on spaces and cut each token into key and value (quotes not honoured). */
    @Benchmark
    @OperationsPerInvocation(LINES)
    public int tokenizePeer() {
        int n = 0;
        for (RawLog line : lines) {
            for (String token : line.message().split(" ")) {
                int eq = token.indexOf('=');
                if (eq > 0) {
                    n += token.substring(0, eq).length() + token.substring(eq + 1).length();
                }
            }
        }
        return n;
    }
}
