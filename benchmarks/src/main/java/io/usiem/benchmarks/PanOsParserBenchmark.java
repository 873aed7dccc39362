package io.usiem.benchmarks;

import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.RawLog;
import io.usiem.parser.panos.internal.PanOsParser;

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
 * The PAN-OS parser on its sample mix (TRAFFIC start/end/deny, THREAT url/vulnerability/virus, SYSTEM,
 * CONFIG, GLOBALPROTECT, USERID; PAN-OS 8.1 to 11.x lengths), half of them behind a BSD syslog header,
 * against a bare comma split of the same lines: the ratio is the distance to the tokenizing limit.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PanOsParserBenchmark {
    /** Lines in the mix; {@link OperationsPerInvocation} must match. */
    static final int LINES = 16;

    private RawLog[] lines;
    private LogParser parser;

    @Setup
    public void setUp() {
        parser = PanOsParser.forZone(ZoneOffset.UTC);
        lines = ParserMix.samples(parser, LINES, "<14>Mar 13 11:41:28 PA-3220-FW01 ");
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public int parse() {
        return ParserMix.parseAll(parser, lines);
    }

    /** The peer: String.split on the single-character separator (no regex, one substring per field). */
    @Benchmark
    @OperationsPerInvocation(LINES)
    public int splitPeer() {
        return ParserMix.splitAll(lines, ",");
    }
}
