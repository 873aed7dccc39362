package io.usiem.connector.gathering.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.usiem.api.dataset.DatasetWriter;
import io.usiem.api.event.Event;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;

/** AbuseIPDB and VirusTotal as documented, served on loopback; no real keys. */
class GatheringTest {
    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger throttleNext = new AtomicInteger();
    private final Map<String, String> written = new ConcurrentHashMap<>();
    private final DatasetWriter writer = new DatasetWriter() {
        @Override
        public boolean put(String dataset, String key, String value, long ttlMillis) {
            written.put(dataset + "/" + key, value);
            return true;
        }

        @Override
        public boolean remove(String dataset, String key) {
            return written.remove(dataset + "/" + key) != null;
        }
    };
    private Gatherer gatherer;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v2/check", this::abuseIpDb);
        server.createContext("/api/v3/", this::virusTotal);
        server.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (gatherer != null) {
            gatherer.stop();
        }
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void send(HttpExchange x, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        try (OutputStream o = x.getResponseBody()) {
            o.write(b);
        }
    }

    private void abuseIpDb(HttpExchange x) throws IOException {
        requests.add(x.getRequestURI().toString());
        if (!"test-key".equals(x.getRequestHeaders().getFirst("Key"))) {
            send(x, 401, "{\"errors\":[{\"detail\":\"Authentication failed.\",\"status\":401}]}");
            return;
        }
        if (throttleNext.getAndSet(0) > 0) {
            x.getResponseHeaders().add("Retry-After", "1");
            send(x, 429, "{\"errors\":[{\"detail\":\"Daily rate limit of 1000 requests exceeded for this endpoint.\",\"status\":429}]}");
            return;
        }
        String q = x.getRequestURI().getQuery();
        String ip = q.substring(q.indexOf("ipAddress=") + 10, q.indexOf('&'));
        int score = ip.equals("118.25.6.39") ? 100 : 0;
        send(x, 200, """
                {"data":{"ipAddress":"%s","isPublic":true,"ipVersion":4,"isWhitelisted":false,"abuseConfidenceScore":%d,
                "countryCode":"CN","usageType":"Data Center/Web Hosting/Transit","isp":"Tencent Cloud Computing (Beijing) Co. Ltd",
                "domain":"tencent.com","hostnames":[],"isTor":false,"totalReports":%d,"numDistinctUsers":1,
                "lastReportedAt":"2018-12-20T20:55:14+00:00"}}""".formatted(ip, score, score == 0 ? 0 : 1));
    }

    private void virusTotal(HttpExchange x) throws IOException {
        requests.add(x.getRequestURI().toString());
        if (!"vt-key".equals(x.getRequestHeaders().getFirst("x-apikey"))) {
            send(x, 401, "{\"error\":{\"code\":\"WrongCredentialsError\",\"message\":\"Wrong API key\"}}");
            return;
        }
        String path = x.getRequestURI().getPath();
        String id = path.substring(path.lastIndexOf('/') + 1);
        if (id.startsWith("0000")) {
            send(x, 404, "{\"error\":{\"code\":\"NotFoundError\",\"message\":\"File \\\"" + id + "\\\" not found\"}}");
            return;
        }
        String type = path.contains("/ip_addresses/") ? "ip_address" : path.contains("/domains/") ? "domain" : "file";
        int malicious = id.contains("evil") || id.equals("198.51.100.66") || id.startsWith("aec0") ? 12 : 0;
        send(x, 200, """
                {"data":{"id":"%s","type":"%s","links":{"self":"https://www.virustotal.com/api/v3/x/%s"},
                "attributes":{"reputation":%d,"last_analysis_stats":{"harmless":60,"malicious":%d,"suspicious":1,"undetected":10,"timeout":0},
                "last_analysis_date":1700000000}}}""".formatted(id, type, id, malicious > 0 ? -50 : 5, malicious));
    }

    private static Event tagged(String src, String dst) {
        return Event.builder("x").tag("never_seen_ip").set(Fields.SOURCE_IP, IpAddress.parse(src))
                .set(Fields.DESTINATION_IP, IpAddress.parse(dst)).build();
    }

    private Gatherer abuse(String key) {
        HttpClient http = HttpClient.newHttpClient();
        Gatherer.Targets t = new Gatherer.Targets("abuseipdb", "", "blocklist", "", 86_400_000, 604_800_000);
        gatherer = new Gatherer("abuseipdb", new AbuseIpDb(http, base(), key, 90, 75), writer, t, 60_000, 1000, 86_400_000, 1000, 100,
                System::currentTimeMillis);
        gatherer.start();
        return gatherer;
    }

    @Test
    void abuseIpDbScoresGoToDatasetsOnceAndMaliciousToTheBlocklist() {
        Gatherer g = abuse("test-key");
        GatheringEnricher e = new GatheringEnricher(g, "never_seen_ip", false) {
            @Override
            public String name() {
                return "test";
            }
        };
        Event ev = tagged("192.168.1.5", "118.25.6.39");
        assertSame(ev, e.enrich(ev), "events pass unchanged");
        e.enrich(tagged("10.0.0.1", "198.51.100.7"));
        e.enrich(tagged("10.0.0.1", "118.25.6.39"));
        Event untagged = Event.builder("x").set(Fields.SOURCE_IP, IpAddress.parse("203.0.113.99")).build();
        e.enrich(untagged);
        await().atMost(Duration.ofSeconds(30)).until(() -> g.answers() == 2);
        assertTrue(written.get("abuseipdb/118.25.6.39").startsWith("score=100 reports=1 country=CN"), written.toString());
        assertTrue(written.get("blocklist/118.25.6.39").startsWith("abuseipdb: score=100"));
        assertEquals("score=0 reports=0 country=CN isp=Tencent Cloud Computing (Beijing) Co. Ltd", written.get("abuseipdb/198.51.100.7"));
        assertFalse(written.containsKey("blocklist/198.51.100.7"));
        assertEquals(2, requests.size(), "cached, private and untagged addresses are not asked: " + requests);
        assertTrue(requests.get(0).contains("maxAgeInDays=90"));
    }

    @Test
    void rateLimitedRequestIsRetriedAfterRetryAfter() {
        throttleNext.set(1);
        Gatherer g = abuse("test-key");
        assertTrue(g.offer(Lookup.Kind.IP, IpAddress.parse("118.25.6.39")));
        await().atMost(Duration.ofSeconds(30)).until(() -> g.answers() == 1);
        assertEquals(2, requests.size());
        assertTrue(written.containsKey("blocklist/118.25.6.39"));
    }

    @Test
    void badKeyIsAFailureNotAnAnswer() {
        Gatherer g = abuse("wrong");
        g.offer(Lookup.Kind.IP, IpAddress.parse("118.25.6.39"));
        await().atMost(Duration.ofSeconds(30)).until(() -> g.status().startsWith("last request failed: AbuseIPDB HTTP 401"));
        assertTrue(written.isEmpty());
    }

    @Test
    void virusTotalIpsDomainsAndHashes() {
        HttpClient http = HttpClient.newHttpClient();
        Gatherer.Targets t = new Gatherer.Targets("virustotal_ips", "virustotal", "blocklist", "ioc", 86_400_000, 604_800_000);
        gatherer = new Gatherer("virustotal", new VirusTotal(http, base(), "vt-key", 3), writer, t, 60_000, 500, 86_400_000, 1000, 100,
                System::currentTimeMillis);
        gatherer.start();
        GatheringEnricher e = new GatheringEnricher(gatherer, "", true) {
            @Override
            public String name() {
                return "test";
            }
        };
        e.enrich(Event.builder("x").set(Fields.DESTINATION_IP, IpAddress.parse("198.51.100.66"))
                .set(Fields.DNS_QUESTION_NAME, "evil.example")
                .set(Fields.FILE_HASH_SHA256, "aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f")
                .set(Fields.FILE_HASH_MD5, "00000000000000000000000000000000").build());
        await().atMost(Duration.ofSeconds(30)).until(() -> gatherer.answers() == 4);
        assertEquals("malicious=12 suspicious=1 harmless=60 reputation=-50", written.get("virustotal_ips/198.51.100.66"));
        assertTrue(written.containsKey("blocklist/198.51.100.66"));
        assertTrue(written.containsKey("ioc/evil.example"));
        assertTrue(written.containsKey("ioc/aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f"));
        assertEquals("unknown", written.get("virustotal/00000000000000000000000000000000"), "404: VirusTotal does not know it");
        assertFalse(written.containsKey("ioc/00000000000000000000000000000000"));
        assertTrue(requests.contains("/api/v3/ip_addresses/198.51.100.66") && requests.contains("/api/v3/domains/evil.example"), requests.toString());
    }

    @Test
    void quotaSpacing() {
        HttpClient http = HttpClient.newHttpClient();
        Gatherer.Targets t = new Gatherer.Targets("a", "", "", "", 1000, 1000);
        gatherer = new Gatherer("abuseipdb", new AbuseIpDb(http, base(), "test-key", 90, 75), writer, t, 60, 2, 86_400_000, 1000, 100,
                System::currentTimeMillis);
        gatherer.start();
        long t0 = System.nanoTime();
        gatherer.offer(Lookup.Kind.IP, IpAddress.parse("198.51.100.1"));
        gatherer.offer(Lookup.Kind.IP, IpAddress.parse("198.51.100.2"));
        gatherer.offer(Lookup.Kind.IP, IpAddress.parse("198.51.100.3"));
        await().atMost(Duration.ofSeconds(30)).until(() -> gatherer.answers() == 2);
        assertTrue(System.nanoTime() - t0 >= 900_000_000L, "60/min: the second request waits a second");
        await().atMost(Duration.ofSeconds(30)).until(() -> gatherer.status().startsWith("daily quota of 2 spent"));
        assertEquals(2, requests.size());
    }
}
