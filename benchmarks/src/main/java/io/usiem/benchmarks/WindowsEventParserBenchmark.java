package io.usiem.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.RawLog;
import io.usiem.parser.windows.internal.WindowsEventParserAccess;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
 * The Windows event parser on 32 real OTRF records (NXLog, exports, Log Analytics; see
 * windows-otrf-mix.jsonl), against Jackson's streaming parser only tokenizing the same text (every token,
 * every value decoded, nothing kept): the floor any JSON parser of these lines pays.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WindowsEventParserBenchmark {
    static final int LINES = 32;

    private RawLog[] lines;
    private LogParser parser;
    private JsonFactory factory;

    @Setup
    public void setUp() {
        parser = WindowsEventParserAccess.utc();
        factory = new JsonFactory();
        List<String> mix = load();
        if (mix.size() != LINES) {
            throw new IllegalStateException("windows-otrf-mix.jsonl has " + mix.size() + " lines, not " + LINES);
        }
        lines = ParserMix.parsed(parser, mix.toArray(new String[0]));
    }

    private static List<String> load() {
        List<String> out = new ArrayList<>();
        try (InputStream in = WindowsEventParserBenchmark.class.getResourceAsStream("windows-otrf-mix.jsonl");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public int parse() {
        return ParserMix.parseAll(parser, lines);
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public long jacksonTokenizePeer() throws IOException {
        long n = 0;
        for (RawLog line : lines) {
            try (JsonParser p = factory.createParser(line.message())) {
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    n += t.isScalarValue() ? p.getTextLength() : 1;
                }
            }
        }
        return n;
    }
}
