package io.usiem.connector.datasets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.usiem.api.dataset.DatasetKind;
import io.usiem.api.dataset.IpSet;
import io.usiem.api.event.IpAddress;

/** Feeds served by a real HTTP server on loopback: ETag, If-Modified-Since, failures. */
class FeedRefreshTest {
    @TempDir
    Path dir;
    private HttpServer server;
    private final AtomicReference<String> body = new AtomicReference<>("198.51.100.1\n198.51.100.2\n");
    private final AtomicReference<String> etag = new AtomicReference<>("\"v1\"");
    private final AtomicInteger status = new AtomicInteger(200);
    private final List<String> conditional = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed.txt", this::serve);
        server.start();
    }

    private void serve(HttpExchange x) throws IOException {
        String inm = x.getRequestHeaders().getFirst("If-None-Match");
        String ims = x.getRequestHeaders().getFirst("If-Modified-Since");
        conditional.add(inm + "|" + ims);
        if (status.get() != 200) {
            x.sendResponseHeaders(status.get(), -1);
            x.close();
            return;
        }
        if (etag.get().equals(inm)) {
            x.sendResponseHeaders(304, -1);
            x.close();
            return;
        }
        byte[] b = body.get().getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("ETag", etag.get());
        x.getResponseHeaders().add("Last-Modified", "Sat, 22 Aug 2026 01:00:29 GMT");
        x.sendResponseHeaders(200, b.length);
        try (OutputStream o = x.getResponseBody()) {
            o.write(b);
        }
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.txt";
    }

    @Test
    void conditionalGetNotModifiedAndFailureKeepsLastGoodData() {
        DatasetManager m = new DatasetManager(dir, System::currentTimeMillis);
        m.define(new Definition("feed", DatasetKind.IP_SET, 0, "", false, url(), FeedFormat.PLAIN, ImportOptions.DEFAULTS, 60));
        m.refreshDue(false);
        IpSet s = (IpSet) m.find("feed").orElseThrow();
        assertEquals(2, s.size());
        assertTrue(m.get("feed").status().startsWith("ok: 2 entries"), m.get("feed").status());
        assertEquals(url(), s.source());

        assertTrue(m.refresh("feed"));
        assertEquals("\"v1\"|Sat, 22 Aug 2026 01:00:29 GMT", conditional.get(1), "validators sent back");
        assertTrue(m.get("feed").status().startsWith("ok: not modified"), m.get("feed").status());

        body.set("198.51.100.3\n");
        etag.set("\"v2\"");
        m.refresh("feed");
        assertEquals(1, s.size());
        assertTrue(s.contains(IpAddress.parse("198.51.100.3")));
        assertFalse(s.contains(IpAddress.parse("198.51.100.1")), "a refresh replaces the feed's entries");

        status.set(503);
        m.refresh("feed");
        assertTrue(s.contains(IpAddress.parse("198.51.100.3")), "last good data kept");
        String st = m.get("feed").status();
        assertTrue(st.startsWith("FAILED") && st.contains("HTTP 503") && st.contains("keeping 1 entries"), st);

        server.stop(0);
        m.refresh("feed");
        assertTrue(m.get("feed").status().startsWith("FAILED"), "connection refused is reported too");
        assertEquals(1, s.size());
    }

    @Test
    void fileFeedReloadsWhenModifiedAndImportCommandAdds() throws Exception {
        Path f = dir.resolve("list.txt");
        Files.writeString(f, "192.0.2.1\n");
        DatasetManager m = new DatasetManager(dir.resolve("store"), System::currentTimeMillis);
        m.define(new Definition("file", DatasetKind.IP_SET, 0, "", false, f.toString(), FeedFormat.PLAIN, ImportOptions.DEFAULTS, 1));
        m.refresh("file");
        assertEquals(1, m.get("file").size());
        Files.writeString(f, "192.0.2.1\n192.0.2.2\n");
        Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 5_000));
        m.refresh("file");
        assertEquals(2, m.get("file").size());

        m.define(Definition.manual("manual", DatasetKind.IP_SET, 0));
        assertEquals(2, m.importOnce("manual", url(), FeedFormat.PLAIN, ImportOptions.DEFAULTS));
        assertEquals(2, m.importOnce("manual", f.toUri().toString(), FeedFormat.PLAIN, ImportOptions.DEFAULTS));
        assertEquals(4, m.get("manual").size(), "an import adds to what is there");
    }

    @Test
    void dueFeedsAreFetchedOnScheduleAndFailuresRetriedWithinFiveMinutes() {
        AtomicLong now = new AtomicLong(1_000_000);
        DatasetManager m = new DatasetManager(dir, now::get);
        m.define(new Definition("daily", DatasetKind.IP_SET, 0, "", false, url(), FeedFormat.PLAIN, ImportOptions.DEFAULTS, 86_400));
        m.refreshDue(false);
        assertEquals(1, conditional.size(), "due at once");
        now.addAndGet(3_600_000);
        m.refreshDue(false);
        assertEquals(1, conditional.size(), "not due for a day");
        now.addAndGet(86_400_000);
        status.set(500);
        m.refreshDue(false);
        assertEquals(2, conditional.size());
        assertTrue(m.get("daily").status().startsWith("FAILED"));
        now.addAndGet(299_000);
        m.refreshDue(false);
        assertEquals(2, conditional.size());
        status.set(200);
        now.addAndGet(1_000);
        m.refreshDue(false);
        assertEquals(3, conditional.size(), "retried after five minutes");
        assertTrue(m.get("daily").status().startsWith("ok"), m.get("daily").status());
    }
}
