package io.usiem.benchmarks;

import io.usiem.api.event.Event;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.FieldVisitor;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.connector.storelucene.internal.StoreComponent;
import io.usiem.connector.storelucene.internal.StoreConfig;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Indexing into the embedded Lucene store, one thread: batches of {@value #BATCH} typical firewall and web events
 * through the store's asynchronous event sink as the kernel's output stage drives it (up to {@value #WINDOW}
 * batches awaiting the group commit that reports them durable), so one operation is one event, acknowledged. The
 * same-run baseline indexes the same events with plain Lucene defaults (every field a StringField, the raw
 * message a TextField, the JSON stored, no commit until the end of the trial). Disk bytes per event are printed at
 * the end of each trial. Query latency over a large store: {@link LuceneStoreQueryBenchmark}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar LuceneStoreBenchmark -f 1 -wi 2 -w 5s -i 3 -r 10s}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class LuceneStoreBenchmark {
    static final int BATCH = 4096;
    /** Batches awaiting their commit: about the kernel's default in-flight bound of 200,000 events. */
    static final int WINDOW = 48;
    static final int DISTINCT = 65_536;
    static final long START = 1_764_374_400_000_000_000L; // 2025-11-29T00:00:00Z

    /** Firewall (2/3) and web (1/3) events as the parsers make them: 12-16 typed fields and the raw line. */
    static List<Event> events(int count, long firstSequence) {
        Random r = new Random(41 + firstSequence);
        List<Event> list = new ArrayList<>(count);
        String[] actions = {"allow", "deny", "drop", "reset-both"};
        String[] paths = {"/", "/index.html", "/login", "/api/v1/items", "/static/app.js", "/admin/login.php"};
        for (int i = 0; i < count; i++) {
            long t = START + (firstSequence - 1 + i) * 10_000_000L;
            String src = "10." + r.nextInt(4) + "." + r.nextInt(256) + "." + r.nextInt(256);
            String dst = "192.168." + r.nextInt(16) + "." + r.nextInt(256);
            String user = "user" + r.nextInt(1000);
            EventBuilder b;
            if (i % 3 != 2) {
                String action = actions[r.nextInt(actions.length)];
                int port = r.nextInt(10) < 7 ? new int[] {22, 53, 80, 443, 3389}[r.nextInt(5)] : 1024 + r.nextInt(60000);
                int sport = 1024 + r.nextInt(60000);
                String raw = "<134>1 2025-11-29T00:00:00Z fw01 firewall - - - action=" + action + " src=" + src + " sport="
                        + sport + " dst=" + dst + " dport=" + port + " proto=tcp user=" + user + " rule=rule" + (i % 50)
                        + " bytes=" + r.nextInt(100_000) + (action.equals("deny") ? " msg=\"login failed\"" : "");
                b = Event.builder(raw).category(EventCategory.FIREWALL).observer("Acme", "Wall")
                        .set(Fields.EVENT_ACTION, action).set(Fields.SOURCE_PORT, sport).set(Fields.DESTINATION_PORT, port)
                        .set(Fields.NETWORK_TRANSPORT, "tcp").set(Fields.RULE_NAME, "rule" + (i % 50))
                        .set(Fields.NETWORK_BYTES, r.nextInt(100_000)).set(Fields.OBSERVER_HOSTNAME, "fw01")
                        .set(Fields.EVENT_DATASET, "acme.firewall").set(Fields.EVENT_OUTCOME,
                                action.equals("allow") ? "success" : "failure");
            } else {
                String path = paths[r.nextInt(paths.length)];
                int status = r.nextInt(10) < 8 ? 200 : 404;
                String raw = src + " - " + user + " [29/Nov/2025:00:00:00 +0000] \"GET " + path + " HTTP/1.1\" " + status
                        + " " + r.nextInt(50_000) + " \"-\" \"Mozilla/5.0 (X11; Linux x86_64)\"";
                b = Event.builder(raw).category(EventCategory.WEB_SERVER).observer("Apache", "httpd")
                        .set(Fields.URL_PATH, path).set(Fields.HTTP_RESPONSE_STATUS_CODE, status)
                        .set(Fields.USER_AGENT_ORIGINAL, "Mozilla/5.0 (X11; Linux x86_64)")
                        .set(Fields.EVENT_DATASET, "apache.access").set(Fields.EVENT_OUTCOME, status < 400 ? "success" : "failure");
            }
            b.sequence(firstSequence + i).receivedNanos(t).eventNanos(t)
                    .set(Fields.SOURCE_IP, IpAddress.parse(src)).set(Fields.DESTINATION_IP, IpAddress.parse(dst))
                    .set(Fields.USER_NAME, user).setIps(Fields.RELATED_IP, List.of(IpAddress.parse(src), IpAddress.parse(dst)));
            list.add(b.build());
        }
        return list;
    }

    static StoreComponent store(Path dir) {
        return new StoreComponent(new Config(dir.toString()));
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Indexing through the sink, acknowledged after commit, against plain Lucene defaults. */
    @State(Scope.Benchmark)
    public static class Indexing {
        List<Event> events;
        int next;
        Path dir;
        StoreComponent store;
        IndexWriter baseline;
        long written;
        final java.util.ArrayDeque<java.util.concurrent.CompletableFuture<Void>> window = new java.util.ArrayDeque<>();

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            events = events(DISTINCT, 1);
            dir = Files.createTempDirectory("usiem-store-bench");
            store = store(dir.resolve("store"));
            baseline = new IndexWriter(FSDirectory.open(dir.resolve("baseline")), new IndexWriterConfig(new StandardAnalyzer()));
        }

        List<Event> nextBatch() {
            int from = next;
            next = (next + BATCH) % DISTINCT;
            written += BATCH;
            return events.subList(from, from + BATCH);
        }

        /** What the iteration handed over is acknowledged before the next one starts. */
        @TearDown(Level.Iteration)
        public void drain() throws Exception {
            while (!window.isEmpty()) {
                window.poll().get();
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() throws Exception {
            baseline.commit();
            long docs = baseline.getDocStats().numDocs;
            baseline.close();
            store.deactivate();
            long storeBytes = size(dir.resolve("store"));
            long baseBytes = size(dir.resolve("baseline"));
            System.out.printf("%n# disk: store %d bytes, baseline %d bytes for %d baseline docs (%.0f B/event)%n",
                    storeBytes, baseBytes, docs, docs == 0 ? 0.0 : (double) baseBytes / docs);
            delete(dir);
        }
    }

    /**
     * As the kernel's output stage drives the store: each batch handed over without waiting, at most
     * {@value #WINDOW} batches awaiting their group commit (the kernel's in-flight window); the oldest is waited for
     * when the window is full, so the score counts events acknowledged durable.
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void indexStore(Indexing s) throws Exception {
        s.window.add(s.store.writeAsync(s.nextBatch()).toCompletableFuture());
        if (s.window.size() > WINDOW) {
            s.window.poll().get();
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void indexPlainLucene(Indexing s) throws IOException {
        for (Event e : s.nextBatch()) {
            s.baseline.addDocument(plainDocument(e));
        }
    }

    /** The baseline's document: every value as a string field, the raw message analysed, the JSON stored. */
    static Document plainDocument(Event e) {
        Document d = new Document();
        d.add(new TextField("event.original", e.raw(), Field.Store.NO));
        d.add(new StoredField("_source", e.toString()));
        e.forEach(new FieldVisitor() {
            @Override
            public void text(io.usiem.api.event.Field f, String v) {
                d.add(new StringField(f.name(), v, Field.Store.NO));
            }

            @Override
            public void ip(io.usiem.api.event.Field f, IpAddress v) {
                d.add(new StringField(f.name(), v.toString(), Field.Store.NO));
            }

            @Override
            public void longValue(io.usiem.api.event.Field f, long v) {
                d.add(new StringField(f.name(), Long.toString(v), Field.Store.NO));
            }

            @Override
            public void ipList(io.usiem.api.event.Field f, List<IpAddress> v) {
                for (IpAddress ip : v) {
                    d.add(new StringField(f.name(), ip.toString(), Field.Store.NO));
                }
            }
        });
        return d;
    }

    /** The store's configuration as Config Admin would give it, with the default commit settings. */
    @SuppressWarnings("all")
    static final class Config implements StoreConfig {
        private final String directory;

        Config(String directory) {
            this.directory = directory;
        }

        @Override
        public Class<? extends Annotation> annotationType() {
            return StoreConfig.class;
        }

        @Override
        public String name() {
            return "bench";
        }

        @Override
        public String directory() {
            return directory;
        }

        @Override
        public int partition_hours() {
            return 24;
        }

        @Override
        public int retention_days() {
            return 0;
        }

        @Override
        public long retention_max_mb() {
            return 0;
        }

        @Override
        public long commit_interval_ms() {
            return 1000;
        }

        @Override
        public int commit_docs() {
            return 100_000;
        }

        @Override
        public long refresh_interval_ms() {
            return 1000;
        }

        @Override
        public double ram_buffer_mb() {
            return 64;
        }
    }
}
