package io.usiem.kernel.internal;

import io.usiem.api.event.Event;
import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.ParserMetadata;
import io.usiem.api.parser.RawLog;
import io.usiem.api.sink.EventSink;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Kernel hand-off throughput with trivial stages: events/s from ingest through the journal (fsynced, group
 * commit every 1 MiB or 10 ms, acknowledged after the fsync), the parse, enrich and output queues to a sink,
 * against the same work done inline on one thread (the cost floor without journal and hand-offs).
 * Lives in the kernel's package because the engine is not API.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineHandOffBenchmark {
    static final int LINES = 20_000;
    static final int RUN = 250;

    @Param({"1", "2"})
    public int parseWorkers;

    private PipelineEngine engine;
    private io.usiem.kernel.internal.journal.SegmentJournal journal;
    private java.nio.file.Path journalDir;
    private RawLog[] lines;
    private List<List<RawLog>> runs;
    private final AtomicLong sunk = new AtomicLong();
    private LogParser parser;
    private EventSink sink;

    @Setup(Level.Trial)
    public void setUp() {
        parser = new LogParser() {
            private final ParserMetadata metadata = ParserMetadata.builder("trivial").source("bench", "bench")
                    .sourceTypes("bench").build();

            @Override
            public ParserMetadata metadata() {
                return metadata;
            }

            @Override
            public ParseResult parse(RawLog raw) {
                return ParseResult.parsed(raw.newEventBuilder().build());
            }
        };
        sink = new EventSink() {
            @Override
            public String name() {
                return "counter";
            }

            @Override
            public void write(List<Event> events) {
                sunk.addAndGet(events.size());
            }
        };
        // Fixed worker counts: the benchmark measures hand-off, not the scaler.
        PipelineSettings settings = new PipelineSettings(stage("parse", parseWorkers), stage("enrich", 1), stage("output", 1),
                stage("alert", 1), 1000, new PipelineSettings.Parsers(1024, 0, 2000, 0),
                new PipelineSettings.Sinks(100, 30_000, 30_000, null));
        Plugins plugins = Plugins.create(settings.parsers());
        try {
            journalDir = java.nio.file.Files.createTempDirectory("usiem-bench-journal");
            // Finished segments beyond 1 GiB are deleted, so a long run does not fill the disk.
            journal = io.usiem.kernel.internal.journal.SegmentJournal.open(
                    io.usiem.kernel.internal.journal.JournalConfig.defaults(journalDir).withMaxBytes(1L << 30));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        engine = new PipelineEngine(settings, plugins, journal);
        plugins.parsers().add(new ParserEntry(parser, parser.metadata(), "bench", "1", 0, 1));
        plugins.sinks().add(sink, 0, 2);
        engine.start();
        lines = new RawLog[LINES];
        for (int i = 0; i < LINES; i++) {
            lines[i] = RawLog.of("<13>Feb  5 17:32:18 host app: line " + i);
        }
        runs = new java.util.ArrayList<>();
        for (int i = 0; i < LINES; i += RUN) {
            runs.add(List.of(java.util.Arrays.copyOfRange(lines, i, i + RUN)));
        }
    }

    private static StageSettings stage(String name, int workers) {
        return new StageSettings(name, 8192, workers, workers, 256, 2, 20);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws java.io.IOException {
        engine.stop(10_000);
        journal.close();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(journalDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(java.nio.file.Path::toFile).forEach(java.io.File::delete);
        }
    }

    /**
     * Lines handed over in runs of 250, as a TCP or HTTP input reading many lines at once would; each run is
     * acknowledged after the fsync that covers it. (One line per call would wait for one fsync per line.)
     */
    @Benchmark
    @OperationsPerInvocation(LINES)
    public long pipelineBatchIngest() throws InterruptedException {
        long target = sunk.get() + LINES;
        for (int i = 0; i < LINES; i += RUN) {
            engine.ingestAll(runs.get(i / RUN));
        }
        while (sunk.get() < target) {
            Thread.onSpinWait();
        }
        return target;
    }

    /**
     * The same runs handed over with {@code ingestAllAsync}, as an input that keeps reading while earlier runs
     * are synced would: runs share fsyncs (group commit every 1 MiB or 10 ms) and each is acknowledged when its
     * completion is done.
     */
    @Benchmark
    @OperationsPerInvocation(LINES)
    public long pipelineAsyncIngest() throws Exception {
        long target = sunk.get() + LINES;
        java.util.concurrent.CompletableFuture<Integer> last = null;
        for (int i = 0; i < LINES; i += RUN) {
            last = engine.ingestAllAsync(runs.get(i / RUN));
        }
        last.join();
        while (sunk.get() < target) {
            Thread.onSpinWait();
        }
        return target;
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public long inlinePeer() throws Exception {
        long target = sunk.get() + LINES;
        long seq = 0;
        for (RawLog line : lines) {
            RawLog numbered = line.withSequence(++seq);
            Event e = parser.parse(numbered).events().get(0);
            sink.write(List.of(e));
        }
        return target;
    }
}
