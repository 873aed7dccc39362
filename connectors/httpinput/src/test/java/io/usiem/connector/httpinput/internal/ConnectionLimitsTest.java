package io.usiem.connector.httpinput.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Raw sockets against a listener: half-open and slow-loris connections, connection limit, pipelining, bad HTTP. */
class ConnectionLimitsTest {
    private final RecordingIngest ingest = new RecordingIngest();
    private final List<HttpListener> listeners = new ArrayList<>();
    private final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
    /** Readers block: their own threads, not the common pool (one thread on a 2-core machine). */
    private static final java.util.concurrent.ExecutorService READERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "socket-reader");
        t.setDaemon(true);
        return t;
    });

    @BeforeAll
    static void generousWaits() {
        org.awaitility.Awaitility.setDefaultTimeout(Duration.ofSeconds(60));
        org.awaitility.Awaitility.setDefaultPollInterval(Duration.ofMillis(10));
    }

    @AfterEach
    void stop() {
        trickle.shutdownNow();
        listeners.forEach(HttpListener::deactivate);
    }

    private HttpListener start(Object... config) throws InterruptedException {
        HttpListener l = new HttpListener(ingest, TestConfig.of(config));
        listeners.add(l);
        return l;
    }

    private static Socket connect(HttpListener l) throws IOException {
        Socket s = new Socket("127.0.0.1", l.localAddress().getPort());
        s.setSoTimeout(120_000);
        return s;
    }

    /** @return a completion done when the server closes the socket (read gives -1 or the connection is reset) */
    private static CompletableFuture<String> closedByServer(Socket s) {
        return CompletableFuture.supplyAsync(() -> {
            StringBuilder got = new StringBuilder();
            try {
                InputStream in = s.getInputStream();
                for (int b = in.read(); b >= 0; b = in.read()) {
                    got.append((char) b);
                }
            } catch (IOException e) {
                // reset: closed too
            }
            return got.toString();
        }, READERS);
    }

    @Test
    void halfOpenConnectionIsClosedByTheIdleTimeout() throws Exception {
        HttpListener l = start("idle_timeout_seconds", 1);
        try (Socket s = connect(l)) {
            CompletableFuture<String> closed = closedByServer(s);
            await().until(closed::isDone);
            assertEquals("", closed.get());
        }
        await().until(() -> l.stats().connections() == 0);
    }

    @Test
    void slowLorisSenderIsClosedByTheRequestTimeout() throws Exception {
        // The idle timeout alone would never fire: a byte arrives every 200 ms.
        HttpListener l = start("idle_timeout_seconds", 30, "request_timeout_seconds", 1);
        try (Socket s = connect(l)) {
            OutputStream out = s.getOutputStream();
            out.write("POST /_bulk HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
            CompletableFuture<String> closed = closedByServer(s);
            trickle.scheduleAtFixedRate(() -> {
                try {
                    out.write('X');
                    out.flush();
                } catch (IOException e) {
                    throw new IllegalStateException(e); // closed: stop trickling
                }
            }, 200, 200, TimeUnit.MILLISECONDS);
            await().until(closed::isDone);
        }
        assertTrue(ingest.lines.isEmpty());
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws Exception {
        HttpListener l = start();
        String doc1 = "{\"index\":{\"_index\":\"a\"}}\n{\"message\":\"one\"}\n";
        String doc2 = "{\"index\":{\"_index\":\"a\"}}\n{\"message\":\"two\"}\n";
        String requests = request("/_bulk", doc1) + "GET / HTTP/1.1\r\nHost: x\r\n\r\n" + request("/_bulk", doc2)
                + "GET /_license HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
        try (Socket s = connect(l)) {
            s.getOutputStream().write(requests.getBytes(StandardCharsets.UTF_8));
            String all = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int first = all.indexOf("\"_index\":\"a\"");
            int info = all.indexOf("You Know, for Search");
            int second = all.indexOf("\"_index\":\"a\"", first + 1);
            int license = all.indexOf("\"license\"");
            assertTrue(first >= 0 && first < info && info < second && second < license, all);
        }
        assertEquals(List.of("{\"message\":\"one\"}", "{\"message\":\"two\"}"), ingest.originals());
    }

    private static String request(String path, String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        return "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\nContent-Length: " + b.length
                + "\r\n\r\n" + body;
    }

    @Test
    void connectionsPastTheLimitAreClosed() throws Exception {
        HttpListener l = start("max_connections", 1);
        try (Socket first = connect(l)) {
            // Accepted on either event loop: the second must arrive after the first is counted, or either may be refused.
            await().until(() -> l.stats().connections() == 1);
            Socket second = connect(l);
            CompletableFuture<String> closed = closedByServer(second);
            await().until(closed::isDone);
            assertEquals(1L, l.stats().dropped().get(ListenerCounters.CONNECTIONS_REFUSED));
            first.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertTrue(new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8).startsWith("HTTP/1.1 200 OK"));
            second.close();
        }
    }

    @Test
    void badEscapesInThePathAreAnswered400AndTheConnectionServesOn() throws Exception {
        HttpListener l = start();
        try (Socket s = connect(l)) {
            s.getOutputStream().write(("GET /%zz/_bulk%G1 HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "GET /_license?x=%zz HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answers = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answers.startsWith("HTTP/1.1 400"), answers);
            assertTrue(answers.contains("You Know, for Search"), answers);
        }
    }

    @Test
    void aGzipBodyThatDoesNotInflateIsAnswered400() throws Exception {
        HttpListener l = start();
        byte[] garbage = "this is not gzip at all, not even close".getBytes(StandardCharsets.US_ASCII);
        try (Socket s = connect(l)) {
            OutputStream out = s.getOutputStream();
            out.write(("POST /_bulk HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\nContent-Encoding: gzip\r\n"
                    + "Content-Length: " + garbage.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(garbage);
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        }
        assertTrue(ingest.lines.isEmpty());
    }

    @Test
    void garbageIsAnswered400AndClosed() throws Exception {
        HttpListener l = start();
        try (Socket s = connect(l)) {
            s.getOutputStream().write(new byte[] {0x16, 0x03, 0x01, 0x00, (byte) 0xff, '\r', '\n', '\r', '\n'});
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        }
        await().until(() -> l.stats().connections() == 0);
    }
}
