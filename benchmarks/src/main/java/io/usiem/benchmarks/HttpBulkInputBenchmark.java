package io.usiem.benchmarks;

import io.usiem.api.input.EventIngest;
import io.usiem.api.parser.RawLog;
import io.usiem.connector.httpinput.internal.HttpListener;
import io.usiem.kernel.internal.journal.FsyncMode;
import io.usiem.kernel.internal.journal.JournalConfig;
import io.usiem.kernel.internal.journal.JournalOnlyIngest;
import io.usiem.kernel.internal.journal.SegmentJournal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The HTTP input's {@code POST /_bulk} path, end to end over loopback: Java's HTTP client posts Filebeat-shaped bulks
 * of 1,000 documents (about 600 bytes each), plain or gzipped, with Filebeat's filter_path, from 4 threads; the listener parses them and hands
 * them to an ingest that is either the journal (records encoded as the kernel encodes them, appended to a real
 * segment journal with group commit every 1 MiB or 10 ms, each bulk answered once fsynced) or nothing (the HTTP and
 * parsing cost alone). Score: documents/s (one operation = one document).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Threads(4)
public class HttpBulkInputBenchmark {
    static final int DOCUMENTS = 1000;

    @Param({"journal", "none"})
    public String ingest;

    @Param({"false", "true"})
    public boolean gzip;

    private Path dir;
    private SegmentJournal journal;
    private Object listener;
    private HttpClient client;
    private HttpRequest request;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("http-bench");
        EventIngest target;
        if ("journal".equals(ingest)) {
            journal = SegmentJournal.open(JournalConfig.defaults(dir.resolve("journal")).withSegmentBytes(64L << 20)
                    .withMaxBytes(1L << 30).withFsync(FsyncMode.INTERVAL, 1 << 20, Duration.ofMillis(10)));
            target = new JournalOnlyIngest(journal, true);
        } else {
            target = new NoIngest();
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        listener = startListener(target, Map.of("name", "bench", "bind_address", "127.0.0.1", "port", port,
                "idle_timeout_seconds", 0, "request_timeout_seconds", 0));
        byte[] body = body().getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/_bulk?filter_path=errors,items.*.error,items.*.status"))
                .header("Content-Type", "application/x-ndjson").timeout(Duration.ofMinutes(1));
        if (gzip) {
            body = gzip(body);
            b.header("Content-Encoding", "gzip");
        }
        request = b.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * The listener's configuration type is private to its bundle (a DS/metatype annotation), so the benchmark builds
     * it as DS does: a proxy answering the given values and the metatype defaults.
     */
    private static Object startListener(EventIngest ingest, Map<String, Object> values) throws Exception {
        Class<?> config = Class.forName("io.usiem.connector.httpinput.internal.HttpListenerConfig");
        Object proxy = Proxy.newProxyInstance(config.getClassLoader(), new Class<?>[] {config},
                (p, m, a) -> values.containsKey(m.getName()) ? values.get(m.getName()) : m.getDefaultValue());
        return HttpListener.class.getConstructor(EventIngest.class, config).newInstance(ingest, proxy);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        Method deactivate = HttpListener.class.getDeclaredMethod("deactivate");
        deactivate.setAccessible(true);
        deactivate.invoke(listener);
        if (journal != null) {
            journal.close();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    @OperationsPerInvocation(DOCUMENTS)
    public int bulk() throws Exception {
        HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("bulk answered " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
        }
        return r.body().length;
    }

    static String body() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < DOCUMENTS; i++) {
            sb.append("{\"create\":{\"_index\":\"filebeat-8.17.0\"}}\n")
                    .append("{\"@timestamp\":\"2026-11-29T22:59:58.123Z\",\"log\":{\"offset\":").append(i * 120L)
                    .append(",\"file\":{\"path\":\"/var/log/auth.log\"}},\"message\":\"Nov 29 22:59:58 web01 sshd[4242]: ")
                    .append("Accepted publickey for alice from 10.0.0.").append(i % 250).append(" port 50522 ssh2\",")
                    .append("\"input\":{\"type\":\"filestream\"},\"ecs\":{\"version\":\"8.0.0\"},\"host\":{\"name\":\"web01\"},")
                    .append("\"agent\":{\"type\":\"filebeat\",\"version\":\"8.17.0\",\"name\":\"web01\",")
                    .append("\"id\":\"5e0b6a3c-6c3f-4d2b-9d7e-1f2a3b4c5d6e\",\"ephemeral_id\":\"0c7f3b6e-1a2b-4c5d-8e9f-a0b1c2d3e4f5\"}}\n");
        }
        return sb.toString();
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    /** Takes everything at once: the HTTP and parsing cost alone. */
    static final class NoIngest implements EventIngest {
        @Override
        public CompletableFuture<Integer> ingestAllAsync(List<RawLog> raws) {
            return CompletableFuture.completedFuture(raws.size());
        }

        @Override
        public void ingest(RawLog raw) {
        }

        @Override
        public int ingestAll(List<RawLog> raws) {
            return raws.size();
        }

        @Override
        public boolean tryIngest(RawLog raw) {
            return true;
        }
    }
}
