package io.usiem.benchmarks;

import io.usiem.api.event.Event;
import io.usiem.api.search.Aggregation;
import io.usiem.api.search.AggregationResult;
import io.usiem.api.search.CallerContext;
import io.usiem.api.search.Query;
import io.usiem.api.search.QueryParser;
import io.usiem.api.search.SearchRequest;
import io.usiem.api.search.SearchResult;
import io.usiem.api.search.TimeRange;
import io.usiem.connector.storelucene.internal.StoreComponent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Query latency over a large embedded store (sample time: JMH prints p50 and p99): a term query, a CIDR query, a
 * phrase over the raw message (each returning the newest 100 hits and the exact total), and a top-10 terms
 * aggregation over every event. The store of {@code storedEvents} typical firewall and web events (those of
 * {@link LuceneStoreBenchmark}, 10 ms apart, so 10M events span two daily partitions) is built once through the
 * store's event sink and kept under {@code target/usiem-store-bench/} keyed by {@link #INDEX_VERSION} and the
 * count, so later forks and runs reuse it; {@code -Dusiem.store.bench.dir=...} puts it elsewhere. Disk bytes per
 * event are printed in each fork's setup ({@code # store:}).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar LuceneStoreQueryBenchmark -f 1 -wi 2 -w 5s -i 3 -r 10s}
 * (10M events; building them takes minutes the first time); a smoke run: add {@code -p storedEvents=200000}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@State(Scope.Benchmark)
public class LuceneStoreQueryBenchmark {
    /** Raise when the store's on-disk form or the generated events change, so a cached store is rebuilt. */
    static final String INDEX_VERSION = "v1";
    private static final int CHUNK = 65_536;
    private static final int BATCH = 4096;

    @Param("10000000")
    int storedEvents;

    Path dir;
    StoreComponent store;
    final CallerContext caller = CallerContext.system();
    final Query term = QueryParser.parse("user.name:user42");
    final Query cidr = QueryParser.parse("source.ip:10.1.0.0/16");
    final Query phrase = QueryParser.parse("\"login failed\"");

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path root = Path.of(System.getProperty("usiem.store.bench.dir", "target/usiem-store-bench"));
        dir = root.resolve(INDEX_VERSION + "-" + storedEvents);
        Path done = dir.resolve("complete");
        if (!Files.exists(done)) {
            if (Files.exists(dir)) {
                LuceneStoreBenchmark.delete(dir);
            }
            long start = System.nanoTime();
            build(dir.resolve("store"));
            double seconds = (System.nanoTime() - start) / 1e9;
            Files.writeString(done, String.format("%d events built in %.0f s (%.0f events/s, 2 threads)%n", storedEvents,
                    seconds, storedEvents / seconds), StandardCharsets.UTF_8);
        }
        store = LuceneStoreBenchmark.store(dir.resolve("store"));
        long bytes = LuceneStoreBenchmark.size(dir.resolve("store"));
        System.out.printf("%n# store: %d events, %d bytes on disk, %.0f bytes/event; %s%n", storedEvents, bytes,
                (double) bytes / storedEvents, Files.readString(done, StandardCharsets.UTF_8).strip());
    }

    /** Two threads write chunks of generated events through the sink, each keeping a window of batches in flight. */
    private void build(Path storeDir) throws Exception {
        StoreComponent s = LuceneStoreBenchmark.store(storeDir);
        AtomicLong nextChunk = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            Thread th = new Thread(() -> {
                try {
                    ArrayDeque<CompletableFuture<Void>> window = new ArrayDeque<>();
                    long from;
                    while ((from = nextChunk.getAndAdd(CHUNK)) < storedEvents) {
                        List<Event> chunk = LuceneStoreBenchmark.events((int) Math.min(CHUNK, storedEvents - from), from + 1);
                        for (int i = 0; i < chunk.size(); i += BATCH) {
                            window.add(s.writeAsync(chunk.subList(i, Math.min(chunk.size(), i + BATCH))).toCompletableFuture());
                            if (window.size() > LuceneStoreBenchmark.WINDOW / 2) {
                                window.poll().get();
                            }
                        }
                    }
                    while (!window.isEmpty()) {
                        window.poll().get();
                    }
                } catch (Exception e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }, "store-bench-build-" + t);
            th.start();
            threads.add(th);
        }
        for (Thread th : threads) {
            th.join();
        }
        s.deactivate();
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException, InterruptedException {
        store.deactivate();
    }

    @Benchmark
    public SearchResult termQuery() {
        return store.search(caller, SearchRequest.builder(term).size(100).build());
    }

    @Benchmark
    public SearchResult cidrQuery() {
        return store.search(caller, SearchRequest.builder(cidr).size(100).build());
    }

    @Benchmark
    public SearchResult phraseQuery() {
        return store.search(caller, SearchRequest.builder(phrase).size(100).build());
    }

    @Benchmark
    public AggregationResult topSourceIps() {
        return store.aggregate(caller, new Query.MatchAll(), TimeRange.all(), Aggregation.terms("source.ip", 10));
    }
}
