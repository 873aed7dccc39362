package io.usiem.connector.httpinput.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.usiem.kernel.internal.journal.FsyncMode;
import io.usiem.kernel.internal.journal.JournalConfig;
import io.usiem.kernel.internal.journal.JournalOnlyIngest;
import io.usiem.kernel.internal.journal.SegmentJournal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gzipped bulks (as Filebeat and Logstash send them) into a real segment journal: the HTTP input's gzip path under
 * sustained load and under back-pressure. Issue 7 reported the benchmark's gzip + journal variant timing out after
 * warm-up; these are the conditions it ran in (4 senders, 1,000-document bulks, group commit, commit once durable),
 * plus a journal that fills. {@code -Dgzrounds=1500} runs the first one at the benchmark's volume.
 */
class GzipJournalTest {
    @TempDir
    Path dir;

    /** Sustained gzipped bulks on keep-alive connections: every one answered 200, none lost. */
    @Test
    void gzippedBulksIntoARealJournalAreAllAnswered() throws Exception {
        SegmentJournal journal = SegmentJournal.open(JournalConfig.defaults(dir.resolve("journal")).withSegmentBytes(64L << 20)
                .withMaxBytes(1L << 30).withFsync(FsyncMode.INTERVAL, 1 << 20, Duration.ofMillis(10)));
        HttpListener l = new HttpListener(new JournalOnlyIngest(journal, true), TestConfig.of("name", "gz", "idle_timeout_seconds", 0,
                "request_timeout_seconds", 0));
        byte[] body = ShipperBodies.gzip(ShipperBodies.filebeat(0, 1000));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + l.localAddress().getPort()
                + "/_bulk?filter_path=errors,items.*.error,items.*.status"))
                .header("Content-Type", "application/x-ndjson").header("Content-Encoding", "gzip")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger ok = new AtomicInteger();
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            fs.add(pool.submit(() -> {
                for (int i = 0; i < Integer.getInteger("gzrounds", 100); i++) {
                    HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, r.statusCode(), r.body());
                    ok.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        l.deactivate();
        journal.close();
        assertEquals(4 * Integer.getInteger("gzrounds", 100), ok.get());
    }

    /**
     * A journal far smaller than what is offered, emptied slowly by a reader that commits a little at a time: gzipped
     * bulks get 429 while it is full and are sent again (as shippers do) on the same keep-alive connections; every
     * bulk is finally answered 200 and the journal holds each document exactly once.
     */
    @Test
    void gzippedBulksIntoAFullJournalAre429ThenAllTaken() throws Exception {
        SegmentJournal journal = SegmentJournal.open(JournalConfig.defaults(dir.resolve("journal")).withSegmentBytes(256 << 10)
                .withMaxBytes(2L << 20).withFsync(FsyncMode.INTERVAL, 1 << 20, Duration.ofMillis(10)));
        HttpListener l = new HttpListener(new JournalOnlyIngest(journal, false), TestConfig.of("name", "gz",
                "journal_full_wait_millis", 50, "retry_after_seconds", 1));
        AtomicBoolean done = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                // A slow pipeline: a few hundred records per turn.
                journal.commit(Math.min(journal.durablePosition(), journal.commitPoint() + 300));
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            }
        }, "slow-reader");
        reader.setDaemon(true);
        reader.start();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create("http://127.0.0.1:" + l.localAddress().getPort() + "/_bulk");
        int senders = 4;
        int bulks = 15;
        int docs = 500;
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < senders; t++) {
            int sender = t;
            fs.add(pool.submit(() -> {
                for (int b = 0; b < bulks; b++) {
                    byte[] body = ShipperBodies.gzip(ShipperBodies.filebeat((sender * bulks + b) * docs, docs));
                    HttpRequest req = HttpRequest.newBuilder(uri).header("Content-Type", "application/x-ndjson")
                            .header("Content-Encoding", "gzip").timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                    while (true) {
                        HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 200) {
                            break;
                        }
                        assertEquals(429, r.statusCode(), r.body());
                        assertEquals("1", r.headers().firstValue("Retry-After").orElse(null));
                        refused.incrementAndGet();
                        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20)); // a shipper's back-off
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            done.set(true);
            pool.shutdownNow();
            l.deactivate();
        }
        long total = (long) senders * bulks * docs;
        assertEquals(total, journal.appendedPosition(), "each document journaled once");
        assertEquals(total, l.counters().acceptedCount());
        System.out.println("refused (429) while full: " + refused.get());
        journal.close();
    }
}
