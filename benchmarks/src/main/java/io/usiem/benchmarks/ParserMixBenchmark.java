package io.usiem.benchmarks;

import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.RawLog;

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
 * A line parser over a mix of lines against the peer every text-line parser is measured with: a bare
 * {@link String#split} of the same lines on the format's separator (the distance to tokenizing alone). A
 * parser's benchmark names its parser, its mix and, on the class, {@link OperationsPerInvocation} equal to the
 * mix's length (JMH needs it as a constant; the set-up checks it), and inherits both benchmark methods.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public abstract class ParserMixBenchmark {
    private LogParser parser;
    private RawLog[] lines;
    private String separator;

    /** @return the parser, configured as the benchmark measures it */
    protected abstract LogParser newParser();

    /** @return the lines, each of which must parse */
    protected abstract String[] mix();

    /** @return the single-character separator the peer splits on */
    protected String separator() {
        return " ";
    }

    @Setup
    public void setUp() {
        parser = newParser();
        lines = ParserMix.parsed(parser, mix());
        separator = separator();
        OperationsPerInvocation ops = getClass().getAnnotation(OperationsPerInvocation.class);
        if (ops == null || ops.value() != lines.length) {
            throw new IllegalStateException(getClass().getSimpleName() + ": @OperationsPerInvocation must be the mix's "
                    + lines.length + " lines, is " + (ops == null ? "missing" : ops.value()));
        }
    }

    @Benchmark
    public int parse() {
        return ParserMix.parseAll(parser, lines);
    }

    @Benchmark
    public int splitPeer() {
        return ParserMix.splitAll(lines, separator);
    }
}
