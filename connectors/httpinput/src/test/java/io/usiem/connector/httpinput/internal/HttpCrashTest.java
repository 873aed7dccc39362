package io.usiem.connector.httpinput.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.kernel.internal.HttpCrashChild;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a uSIEM process (the real pipeline engine and journal, fed by this HTTP listener) while shippers keep
 * posting bulks: after a restart on the same journal, every document acknowledged with 201 before the kill reaches
 * the sink. Delivery is at-least-once: what the sink got twice is counted and printed. The overload variant makes the
 * pipeline slower than the senders, so the journal fills and requests are answered 429, which the senders retry as
 * shippers do: still nothing acknowledged is lost.
 */
class HttpCrashTest {
    private static final int BATCH = 100;

    @TempDir
    Path dir;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();
    /** First document of each bulk answered 201 for all its items. */
    private final Set<Long> acked = ConcurrentHashMap.newKeySet();
    private final AtomicLong nextBlock = new AtomicLong();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger ackedAfter429 = new AtomicInteger();

    @Test
    void everyAcknowledgedDocumentSurvivesKillDashNine() throws Exception {
        runAndKill("run", 1, 20, false);
        runAndKill("run", 1, 20, false);
        verify("two kill -9");
    }

    @Test
    void overloadIsAnswered429AndNothingAcknowledgedIsLost() throws Exception {
        runAndKill("overload", 3, 30, true);
        assertTrue(refused.get() > 0 && ackedAfter429.get() > 0, "the senders outran the pipeline, were told 429, "
                + "sent again and were acknowledged");
        verify("a full journal (" + refused.get() + " answers 429, each retried) and a kill -9");
    }

    private void verify(String what) throws Exception {
        Process recover = start("recover");
        String done = firstLineStartingWith(recover, "DONE ");
        assertTrue(recover.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, recover.exitValue());

        Map<String, Integer> deliveries = new HashMap<>();
        Map<String, String> docOf = new HashMap<>();
        for (String l : Files.readAllLines(dir.resolve("sink.txt"), StandardCharsets.UTF_8)) {
            int space = l.lastIndexOf(' ');
            String doc = l.substring(0, space);
            String seq = l.substring(space + 1);
            deliveries.merge(seq, 1, Integer::sum);
            String before = docOf.putIfAbsent(seq, doc);
            assertTrue(before == null || before.equals(doc), "sequence " + seq + " names one document: " + l);
        }
        Set<String> delivered = new HashSet<>(docOf.values());
        for (long first : acked) {
            for (long i = first; i < first + BATCH; i++) {
                assertTrue(delivered.contains(doc(i)), "acknowledged " + doc(i) + " reached the sink");
            }
        }
        long ackedDocs = (long) acked.size() * BATCH;
        long duplicates = deliveries.values().stream().filter(c -> c > 1).count();
        System.out.println("HttpCrashTest: " + ackedDocs + " documents acknowledged (201) over HTTP before " + what
                + "; journal end " + done + "; " + deliveries.size() + " events delivered, " + duplicates
                + " delivered twice by the sink (at-least-once), " + Math.max(0, delivered.size() - ackedDocs)
                + " documents journaled but never acknowledged (in flight at the kill)");
    }

    private static String doc(long i) {
        return "{\"message\":\"crash-" + i + "\"}";
    }

    private Process start(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                HttpCrashChild.class.getName(), dir.toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /**
     * Starts the child, posts bulks of {@value #BATCH} from {@code senders} threads (a bulk answered otherwise than
     * 200 with every item 201 is sent again) until {@code acks} bulks were acknowledged in all (and, when asked, some
     * were refused with 429 and then acknowledged), then kills the child (SIGKILL) while the senders go on.
     */
    private void runAndKill(String mode, int senders, int acks, boolean untilRefused) throws Exception {
        Process child = start(mode);
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII));
        int port = -1;
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("PORT ")) {
                port = Integer.parseInt(line.substring(5));
                break;
            }
        }
        assertTrue(port > 0, "the child listens");
        URI uri = URI.create("http://127.0.0.1:" + port + "/_bulk?filter_path=errors,items.*.error,items.*.status");
        int target = acked.size() + acks;
        CompletableFuture<Void> enough = new CompletableFuture<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < senders; t++) {
            Thread sender = new Thread(() -> send(uri, target, untilRefused, enough));
            sender.start();
            threads.add(sender);
        }
        try {
            enough.get(5, TimeUnit.MINUTES);
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(5, TimeUnit.MINUTES));
            for (Thread t : threads) {
                t.join(TimeUnit.MINUTES.toMillis(5));
            }
        }
        assertEquals(137, child.exitValue(), "killed by SIGKILL while bulks flowed");
    }

    private void send(URI uri, int target, boolean untilRefused, CompletableFuture<Void> enough) {
        try {
            while (true) {
                long first = nextBlock.getAndAdd(BATCH);
                StringBuilder body = new StringBuilder();
                for (long i = first; i < first + BATCH; i++) {
                    body.append("{\"create\":{\"_index\":\"crash\"}}\n").append(doc(i)).append('\n');
                }
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2))
                        .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build();
                boolean retried = false;
                while (true) {
                    HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && r.body().contains("\"errors\":false")) {
                        break;
                    }
                    if (r.statusCode() == 429) {
                        refused.incrementAndGet();
                        retried = true;
                    }
                    // Not acknowledged: the same bulk again, as shippers do (Filebeat backs off; no need here).
                }
                acked.add(first);
                if (retried) {
                    ackedAfter429.incrementAndGet();
                }
                if (acked.size() >= target && (!untilRefused || ackedAfter429.get() > 0)) {
                    enough.complete(null);
                }
            }
        } catch (Exception e) {
            enough.completeExceptionally(e); // the kill: the connection is gone
        }
    }

    private static String firstLineStartingWith(Process p, String prefix) throws Exception {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(prefix)) {
                    return line.substring(prefix.length());
                }
            }
        }
        throw new IllegalStateException("the child never printed " + prefix);
    }
}
