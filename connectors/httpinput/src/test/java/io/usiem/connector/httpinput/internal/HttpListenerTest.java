package io.usiem.connector.httpinput.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.IpAddress;
import io.usiem.api.event.Tags;
import io.usiem.api.parser.RawLog;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Listeners on loopback (ephemeral ports) driven by Java's HTTP client; the fake ingest records what arrived. */
class HttpListenerTest {
    private final RecordingIngest ingest = new RecordingIngest();
    private final List<HttpListener> listeners = new ArrayList<>();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();

    @BeforeAll
    static void generousWaits() {
        org.awaitility.Awaitility.setDefaultTimeout(Duration.ofSeconds(60));
        org.awaitility.Awaitility.setDefaultPollInterval(Duration.ofMillis(10));
    }

    @AfterEach
    void stop() {
        listeners.forEach(HttpListener::deactivate);
    }

    private HttpListener start(Object... config) throws InterruptedException {
        HttpListener l = new HttpListener(ingest, TestConfig.of(config));
        listeners.add(l);
        return l;
    }

    static URI uri(HttpListener l, String path) {
        return URI.create("http://127.0.0.1:" + l.localAddress().getPort() + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return client.send(b.timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpListener l, String path, String contentType, byte[] body, String... headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(l, path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b);
    }

    private HttpResponse<String> bulk(HttpListener l, String path, String body) throws Exception {
        return post(l, path, "application/x-ndjson", body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void filebeatBulkGzippedIsAnsweredInTheBulkFormatOnceDurable() throws Exception {
        HttpListener l = start("name", "beats", "tenant", "acme", "source_type_map", "filebeat-*=linux.auth, logstash-*=");
        String body = ShipperBodies.filebeat(0, 50);
        HttpResponse<String> r = post(l, "/_bulk?filter_path=errors,items.*.error,items.*.status", "application/json",
                ShipperBodies.gzip(body), "Content-Encoding", "gzip", "Accept-Encoding", "gzip");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("Elasticsearch", r.headers().firstValue("X-Elastic-Product").orElse(null));
        Map<String, Object> json = Json.object(r.body());
        assertEquals(false, json.get("errors"));
        List<?> items = (List<?>) json.get("items");
        assertEquals(50, items.size());
        assertNull(json.get("took"), "filter_path leaves out what it does not name");
        assertEquals(Map.of("create", Map.of("status", 201L)), items.get(0));

        assertEquals(50, ingest.lines.size());
        RawLog first = ingest.lines.get(0);
        assertEquals(body.split("\n")[1], first.original(), "the original is the document as sent");
        assertTrue(first.message().startsWith("Nov 29 22:59:58 web01 sshd[4242]: Accepted publickey for alice"));
        assertNull(first.originHost(), "the origin is the transport peer; host.name is log content");
        assertEquals(IpAddress.parse("127.0.0.1"), first.originIp());
        assertEquals("beats", first.input());
        assertEquals("acme", first.tenant());
        assertEquals("linux.auth", first.sourceType());
        assertEquals(50, l.stats().received());
        assertEquals(50, l.counters().acceptedCount());
        assertTrue(l.stats().bytes() >= body.length(), "bytes count the decompressed body");
    }

    @Test
    void logstashIndexActionsWithNullIdAndFluentBitTypeAreTaken() throws Exception {
        HttpListener l = start("source_type_map", "logstash-*=syslog");
        HttpResponse<String> r = bulk(l, "/_bulk", ShipperBodies.logstash(0, 3));
        assertEquals(200, r.statusCode(), r.body());
        Map<String, Object> json = Json.object(r.body());
        assertEquals(false, json.get("errors"));
        assertTrue(json.get("took") instanceof Long);
        assertEquals(201L, Json.at(json, "items.2.index.status"));
        assertEquals("created", Json.at(json, "items.2.index.result"));
        assertEquals(1L, Json.at(json, "items.2.index._shards.successful"));
        assertEquals("logstash-2026.11.29", Json.at(json, "items.2.index._index"));
        assertEquals(20, ((String) Json.at(json, "items.2.index._id")).length());
        assertEquals("syslog", ingest.lines.get(0).sourceType());

        r = bulk(l, "/_bulk", ShipperBodies.fluentBit(2));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(false, Json.object(r.body()).get("errors"));
        RawLog fb = ingest.lines.get(4);
        assertNull(fb.sourceType(), "no mapping: the kernel chooses");
        assertEquals(fb.original(), fb.message(), "no message field: the parsers get the whole document");
    }

    @Test
    void pathIndexIdsAndMappedSourceType() throws Exception {
        HttpListener l = start("source_type_map", "web-*=apache.access");
        String body = "{\"index\":{}}\n{\"message\":\"GET / 200\"}\n{\"create\":{\"_id\":\"my-id\"}}\n{\"message\":\"GET /x 404\"}\n";
        HttpResponse<String> r = bulk(l, "/web-2026/_bulk", body);
        assertEquals(200, r.statusCode(), r.body());
        Map<String, Object> json = Json.object(r.body());
        assertEquals("web-2026", Json.at(json, "items.0.index._index"));
        assertEquals("my-id", Json.at(json, "items.1.create._id"));
        assertEquals("apache.access", ingest.lines.get(1).sourceType());
        assertEquals("GET /x 404", ingest.lines.get(1).message());
        r = bulk(l, "/web-old/_doc/_bulk", "{\"index\":{}}\n{\"message\":\"typed path of 6.x clients\"}\n");
        assertEquals("web-old", Json.at(Json.object(r.body()), "items.0.index._index"));
    }

    @Test
    void deleteUpdateAndBadDocumentsFailTheirItemsOnly() throws Exception {
        HttpListener l = start();
        String body = "{\"index\":{\"_index\":\"a\"}}\n{\"message\":\"one\"}\n"
                + "{\"delete\":{\"_index\":\"a\",\"_id\":\"1\"}}\n"
                + "{\"update\":{\"_index\":\"a\",\"_id\":\"2\"}}\n{\"doc\":{\"x\":1}}\n"
                + "{\"index\":{\"_index\":\"a\"}}\n{\"message\": broken\n"
                + "{\"create\":{\"_index\":\"a\"}}\n[1,2]\n"
                + "{\"create\":{\"_index\":\"a\"}}\n{\"message\":\"two\"}\n";
        HttpResponse<String> r = bulk(l, "/_bulk", body);
        assertEquals(200, r.statusCode(), r.body());
        Map<String, Object> json = Json.object(r.body());
        assertEquals(true, json.get("errors"));
        assertEquals(201L, Json.at(json, "items.0.index.status"));
        assertEquals(400L, Json.at(json, "items.1.delete.status"));
        assertEquals("1", Json.at(json, "items.1.delete._id"));
        assertEquals("illegal_argument_exception", Json.at(json, "items.1.delete.error.type"));
        assertEquals(400L, Json.at(json, "items.2.update.status"));
        assertEquals(400L, Json.at(json, "items.3.index.status"));
        assertEquals("document_parsing_exception", Json.at(json, "items.3.index.error.type"));
        assertEquals(400L, Json.at(json, "items.4.create.status"));
        assertEquals(201L, Json.at(json, "items.5.create.status"));

        // Filebeat's and Logstash's filter: successful items keep their status only, failed ones their error too.
        r = bulk(l, "/_bulk?filter_path=errors,items.*.error,items.*.status", body);
        json = Json.object(r.body());
        assertEquals(Map.of("index", Map.of("status", 201L)), Json.at(json, "items.0"));
        assertEquals("illegal_argument_exception", Json.at(json, "items.1.delete.error.type"));
        assertEquals(400L, Json.at(json, "items.1.delete.status"));
        assertNull(Json.at(json, "items.1.delete._id"));
        r = bulk(l, "/_bulk?filter_path=items.*.error", body);
        assertEquals(4, ((List<?>) Json.object(r.body()).get("items")).size(), "items the filter leaves empty are left out");
        r = bulk(l, "/_bulk?filter_path=took", body);
        assertEquals(java.util.Set.of("took"), Json.object(r.body()).keySet());
        assertEquals(List.of("{\"message\":\"one\"}", "{\"message\":\"two\"}"), ingest.originals().subList(0, 2));
        assertEquals(8, ingest.lines.size());
        assertEquals(8, l.stats().dropped().get(ListenerCounters.INVALID_DOCUMENT));
        assertEquals(8, l.stats().dropped().get(ListenerCounters.UNSUPPORTED_ACTION));
    }

    @Test
    void malformedBulkRequestsAreRefusedWholeAsElasticsearchDoes() throws Exception {
        HttpListener l = start();
        String[][] cases = {
            {"{\"index\":{\"_index\":\"a\"}}\n{\"m\":1}", "illegal_argument_exception", "terminated by a newline"},
            {"{\"index\":{\"_index\":\"a\"}}\n{\"m\":1}\n\"text\"\n{\"m\":2}\n", "illegal_argument_exception",
                "Malformed action/metadata line [3], expected START_OBJECT or END_OBJECT but found [VALUE_STRING]"},
            {"{\"insert\":{\"_index\":\"a\"}}\n{\"m\":1}\n", "illegal_argument_exception",
                "expected field [create], [delete], [index] or [update] but found [insert]"},
            {"{\"index\":{\"_index\":\"a\",\"colour\":\"red\"}}\n{\"m\":1}\n", "illegal_argument_exception",
                "Action/metadata line [1] contains an unknown parameter [colour]"},
            {"{\"index\":{}}\n{\"m\":1}\n", "action_request_validation_exception", "Validation Failed: 1: index is missing;"},
            {"{\"index\":{\"_index\":\"a\"\n{\"m\":1}\n", "x_content_parse_exception", "[1:1] Malformed action/metadata line"},
            {"\n", "action_request_validation_exception", "no requests added"},
        };
        for (String[] c : cases) {
            HttpResponse<String> r = bulk(l, "/_bulk", c[0]);
            assertEquals(400, r.statusCode(), c[0]);
            Map<String, Object> json = Json.object(r.body());
            assertEquals(400L, json.get("status"));
            assertEquals(c[1], Json.at(json, "error.type"), r.body());
            assertTrue(((String) Json.at(json, "error.reason")).contains(c[2]), r.body());
            assertEquals(c[1], Json.at(json, "error.root_cause.0.type"));
        }
        assertTrue(ingest.lines.isEmpty(), "a refused request takes nothing");
        assertEquals(cases.length, l.stats().dropped().get(ListenerCounters.BAD_REQUEST));
        assertEquals(Map.of(400, (long) cases.length), l.counters().responsesByStatus());
    }

    @Test
    void startUpProbesOfFilebeatLogstashAndVector() throws Exception {
        HttpListener l = start("es_version", "8.15.2");
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri(l, "/")).GET());
        assertEquals(200, r.statusCode());
        Map<String, Object> info = Json.object(r.body());
        assertEquals("8.15.2", Json.at(info, "version.number"));
        assertEquals("default", Json.at(info, "version.build_flavor"));
        assertEquals("You Know, for Search", info.get("tagline"));
        assertEquals("Elasticsearch", r.headers().firstValue("X-Elastic-Product").orElse(null));

        r = send(HttpRequest.newBuilder(uri(l, "/")).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, r.statusCode());
        assertEquals("", r.body());

        assertEquals("active", Json.at(Json.object(get(l, "/_license?human=false").body()), "license.status"));
        Map<String, Object> xpack = Json.object(get(l, "/_xpack").body());
        assertEquals(true, Json.at(xpack, "features.ilm.available"));
        assertEquals("green", Json.object(get(l, "/_cluster/health").body()).get("status"));
        assertEquals("anonymous", Json.object(get(l, "/_security/_authenticate").body()).get("username"));

        // Filebeat setup: template and ILM policy are checked, then put.
        assertEquals(404, send(HttpRequest.newBuilder(uri(l, "/_index_template/filebeat-8.17.0"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())).statusCode());
        assertEquals(404, get(l, "/_ilm/policy/filebeat").statusCode());
        for (String path : List.of("/_index_template/filebeat-8.17.0", "/_ilm/policy/filebeat", "/_ingest/pipeline/p1",
                "/_template/logstash")) {
            HttpResponse<String> put = send(HttpRequest.newBuilder(uri(l, path)).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"policy\":{}}")));
            assertEquals(200, put.statusCode(), path);
            assertEquals(true, Json.object(put.body()).get("acknowledged"));
        }
        // Logstash rollover alias: not there, then created.
        assertEquals(404, send(HttpRequest.newBuilder(uri(l, "/logstash")).method("HEAD", HttpRequest.BodyPublishers.noBody()))
                .statusCode());
        HttpResponse<String> created = send(HttpRequest.newBuilder(uri(l, "/%3Clogstash-%7Bnow%2Fd%7D-000001%3E"))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"aliases\":{\"logstash\":{\"is_write_index\":true}}}")));
        assertEquals(200, created.statusCode());
        assertEquals("<logstash-{now/d}-000001>", Json.object(created.body()).get("index"));

        assertEquals(404, get(l, "/_cat/indices").statusCode());
        assertEquals(405, get(l, "/_bulk").statusCode());
        assertTrue(ingest.lines.isEmpty());
    }

    private HttpResponse<String> get(HttpListener l, String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(l, path)).GET());
    }

    @Test
    void ingestTakesRawLinesAndNdjson() throws Exception {
        HttpListener l = start();
        byte[] text = "first line\r\n\nsecond {line}\nbad \u00ff byte".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> r = post(l, "/ingest?source_type=syslog", "text/plain", text);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(3L, Json.object(r.body()).get("accepted"));
        assertEquals(List.of("first line", "second {line}", "bad \uFFFD byte"), ingest.originals());
        assertEquals("syslog", ingest.lines.get(0).sourceType());
        assertTrue(ingest.lines.get(2).header().tags().contains(Tags.INVALID_UTF8));

        r = post(l, "/ingest", "application/x-ndjson",
                "{\"message\":\"m1\",\"host\":{\"name\":\"h1\"}}\n{\"other\":2}\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(2L, Json.object(r.body()).get("received"));
        assertEquals("m1", ingest.lines.get(3).message());
        assertEquals("{\"other\":2}", ingest.lines.get(4).message());

        r = post(l, "/ingest", "application/x-ndjson", "{\"a\":1}\n{\"a\":\n{\"a\":3}\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, r.statusCode());
        assertTrue(((String) Json.object(r.body()).get("error")).startsWith("line 2 is not a JSON object"), r.body());
        assertEquals(5, ingest.lines.size(), "a malformed NDJSON body takes nothing");
    }

    @Test
    void singleDocumentIndexApi() throws Exception {
        HttpListener l = start("source_type_map", "app-*=json");
        HttpResponse<String> r = post(l, "/app-logs/_doc", "application/json",
                "{\"message\":\"user logged in\",\"level\":\"info\"}\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, r.statusCode(), r.body());
        Map<String, Object> json = Json.object(r.body());
        assertEquals("app-logs", json.get("_index"));
        assertEquals("created", json.get("result"));
        assertEquals("{\"message\":\"user logged in\",\"level\":\"info\"}", ingest.lines.get(0).original());
        assertEquals("user logged in", ingest.lines.get(0).message());
        assertEquals("json", ingest.lines.get(0).sourceType());

        r = send(HttpRequest.newBuilder(uri(l, "/app-logs/_create/id-7")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"a\":1}")));
        assertEquals(201, r.statusCode());
        assertEquals("id-7", Json.object(r.body()).get("_id"));
        r = post(l, "/app-logs/_doc", "application/json", "[1]".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, r.statusCode());
        assertEquals("document_parsing_exception", Json.at(Json.object(r.body()), "error.type"));
        assertEquals(405, send(HttpRequest.newBuilder(uri(l, "/app-logs/_doc")).PUT(HttpRequest.BodyPublishers.ofString("{}")))
                .statusCode(), "PUT needs an id, as in Elasticsearch");
        ingest.stopping = true;
        r = post(l, "/app-logs/_doc", "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals(429, r.statusCode());
        assertEquals(2, ingest.lines.size());
    }

    @Test
    void nothingIsAcknowledgedBeforeTheJournalSaysDurable() throws Exception {
        HttpListener l = start();
        ingest.hold = true;
        CompletableFuture<HttpResponse<String>> pending = client.sendAsync(HttpRequest.newBuilder(uri(l, "/_bulk"))
                .header("Content-Type", "application/x-ndjson").timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofString(ShipperBodies.filebeat(0, 10))).build(), HttpResponse.BodyHandlers.ofString());
        await().until(() -> ingest.lines.size() == 10);
        assertFalse(pending.isDone(), "no answer while the lines are not durable");
        ingest.releaseAll();
        assertEquals(200, pending.get().statusCode());
    }

    @Test
    void fullJournalAndStoppingKernelAreAnswered429WithRetryAfter() throws Exception {
        HttpListener l = start("journal_full_wait_millis", 200, "retry_after_seconds", 7);
        ingest.full = true;
        // The first requests wait inside the kernel for room (they are answered once durable, never twice taken)...
        List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            waiting.add(client.sendAsync(HttpRequest.newBuilder(uri(l, "/_bulk")).header("Content-Type", "application/x-ndjson")
                    .timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.ofString(ShipperBodies.filebeat(i * 5, 5)))
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }
        await().until(() -> ingest.waiting.get() == 2);
        // ...and once they have waited journal.full.wait.millis, the others are told to come back later.
        HttpResponse<String> r = bulk(l, "/_bulk", ShipperBodies.filebeat(10, 5));
        assertEquals(429, r.statusCode(), r.body());
        assertEquals("7", r.headers().firstValue("Retry-After").orElse(null));
        assertEquals("es_rejected_execution_exception", Json.at(Json.object(r.body()), "error.type"));
        r = post(l, "/ingest", "text/plain", "a\nb\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(429, r.statusCode());
        assertEquals("7", r.headers().firstValue("Retry-After").orElse(null));
        assertEquals(7, l.stats().dropped().get(ListenerCounters.JOURNAL_FULL));
        assertTrue(ingest.lines.isEmpty());
        assertTrue(waiting.stream().noneMatch(CompletableFuture::isDone));

        ingest.makeRoom();
        for (CompletableFuture<HttpResponse<String>> w : waiting) {
            assertEquals(200, w.get().statusCode());
        }
        assertEquals(10, ingest.lines.size());
        await().until(() -> bulk(l, "/_bulk", ShipperBodies.filebeat(15, 1)).statusCode() == 200);

        ingest.journalFailed = true;
        r = bulk(l, "/_bulk", ShipperBodies.filebeat(0, 3));
        assertEquals(503, r.statusCode(), r.body());
        assertEquals("7", r.headers().firstValue("Retry-After").orElse(null));
        assertEquals(3, l.stats().dropped().get(ListenerCounters.JOURNAL_ERROR));
        ingest.journalFailed = false;

        ingest.stopping = true;
        r = bulk(l, "/_bulk", ShipperBodies.filebeat(0, 5));
        assertEquals(429, r.statusCode());
        assertEquals(5, l.stats().dropped().get(ListenerCounters.KERNEL_STOPPING));

        ingest.stopping = false;
        r = bulk(l, "/_bulk", ShipperBodies.filebeat(0, 2));
        assertEquals(200, r.statusCode(), "the listener serves again once the kernel takes lines");
    }

    @Test
    void itemsTheKernelDidNotTakeAreAnswered429() throws Exception {
        HttpListener l = start();
        ingest.acceptOnly = 2;
        HttpResponse<String> r = bulk(l, "/_bulk", ShipperBodies.filebeat(0, 4));
        assertEquals(200, r.statusCode());
        Map<String, Object> json = Json.object(r.body());
        assertEquals(true, json.get("errors"));
        assertEquals(201L, Json.at(json, "items.1.create.status"));
        assertEquals(429L, Json.at(json, "items.2.create.status"));
        assertEquals(429L, Json.at(json, "items.3.create.status"));
        assertEquals(2, l.stats().dropped().get(ListenerCounters.KERNEL_STOPPING));
    }

    @Test
    void requestsPastTheInFlightBudgetAreAnswered429() throws Exception {
        HttpListener l = start("max_body_bytes", 4096, "max_inflight_bytes", 4096L);
        ingest.hold = true;
        CompletableFuture<HttpResponse<String>> first = client.sendAsync(HttpRequest.newBuilder(uri(l, "/_bulk"))
                .header("Content-Type", "application/x-ndjson").timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofString(ShipperBodies.filebeat(0, 5))).build(), HttpResponse.BodyHandlers.ofString());
        await().until(() -> ingest.lines.size() == 5);
        HttpResponse<String> second = bulk(l, "/_bulk", ShipperBodies.filebeat(5, 5));
        assertEquals(429, second.statusCode());
        assertEquals("circuit_breaking_exception", Json.at(Json.object(second.body()), "error.type"));
        assertTrue(second.headers().firstValue("Retry-After").isPresent());
        ingest.releaseAll();
        assertEquals(200, first.get().statusCode());
        ingest.hold = false;
        assertEquals(200, bulk(l, "/_bulk", ShipperBodies.filebeat(5, 5)).statusCode(), "the budget is given back");
        assertEquals(1L, l.stats().dropped().get(ListenerCounters.INFLIGHT_LIMIT));
    }

    @Test
    void oversizedBodyIsAnswered413() throws Exception {
        HttpListener l = start("max_body_bytes", 2048);
        HttpResponse<String> r = bulk(l, "/_bulk", ShipperBodies.filebeat(0, 40));
        assertEquals(413, r.statusCode());
        // Compressed small, large once inflated: still refused.
        HttpResponse<String> gz = post(l, "/_bulk", "application/x-ndjson",
                ShipperBodies.gzip(ShipperBodies.filebeat(0, 40)), "Content-Encoding", "gzip");
        assertEquals(413, gz.statusCode());
        assertTrue(ingest.lines.isEmpty());
        assertEquals(2, l.stats().dropped().get(ListenerCounters.REQUEST_TOO_LARGE));
        assertEquals(200, bulk(l, "/_bulk", ShipperBodies.filebeat(0, 1)).statusCode());
    }

    @Test
    void apiKeysAndBasicAuthWithRoles() throws Exception {
        HttpListener l = start("auth_api_keys", "fb01:sha256:" + Authenticator.hash("s3cret-key") + ":ingest, ro:sha256:"
                + Authenticator.hash("other") + ":monitor", "auth_users", "logstash:sha256:" + Authenticator.hash("pw") + ":ingest|admin",
                "auth_required_role", "ingest");
        String body = ShipperBodies.filebeat(0, 1);
        HttpResponse<String> r = bulk(l, "/_bulk", body);
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().allValues("WWW-Authenticate").contains("Basic realm=\"usiem\", charset=\"UTF-8\""),
                r.headers().toString());
        assertEquals("security_exception", Json.at(Json.object(r.body()), "error.type"));
        assertEquals(401, get(l, "/").statusCode(), "probes need credentials too, as in Elasticsearch");

        String apiKey = "ApiKey " + b64("fb01:s3cret-key");
        r = post(l, "/_bulk", "application/x-ndjson", body.getBytes(StandardCharsets.UTF_8), "Authorization", apiKey);
        assertEquals(200, r.statusCode(), r.body());
        r = post(l, "/_bulk", "application/x-ndjson", body.getBytes(StandardCharsets.UTF_8), "Authorization",
                "ApiKey " + b64("fb01:wrong"));
        assertEquals(401, r.statusCode());
        r = post(l, "/_bulk", "application/x-ndjson", body.getBytes(StandardCharsets.UTF_8), "Authorization",
                "Basic " + b64("logstash:pw"));
        assertEquals(200, r.statusCode());
        HttpResponse<String> who = send(HttpRequest.newBuilder(uri(l, "/_security/_authenticate")).header("Authorization",
                "Basic " + b64("logstash:pw")).GET());
        assertEquals(List.of("admin", "ingest"), Json.object(who.body()).get("roles"));
        r = post(l, "/_bulk", "application/x-ndjson", body.getBytes(StandardCharsets.UTF_8), "Authorization",
                "ApiKey " + b64("ro:other"));
        assertEquals(403, r.statusCode(), "authenticated, but without the ingest role");
        assertEquals(200, send(HttpRequest.newBuilder(uri(l, "/")).header("Authorization", "ApiKey " + b64("ro:other"))
                .GET()).statusCode(), "the probes need no role");
        assertEquals(2, ingest.lines.size());
        assertEquals(4, l.stats().dropped().get(ListenerCounters.UNAUTHORIZED));
    }

    static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keepAliveServesManyRequestsOnOneConnection() throws Exception {
        HttpListener l = start();
        for (int i = 0; i < 20; i++) {
            assertEquals(200, bulk(l, "/_bulk", ShipperBodies.filebeat(i, 1)).statusCode());
            assertTrue(l.stats().connections() <= 1, "one kept-alive connection");
        }
        assertEquals(20, ingest.lines.size());
    }

    @Test
    void invalidConfigurationFailsActivationWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> start("auth_api_keys", "k1:md5:abc"));
        assertTrue(e.getMessage().contains("auth.api.keys"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> start("tls_certificate", "/nonexistent.pem"));
        assertTrue(e.getMessage().contains("tls.certificate and tls.key go together"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> start("tls_client_ca", "/etc/hostname"));
        assertTrue(e.getMessage().contains("tls.client.ca needs tls.certificate and tls.key"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> start("max_inflight_bytes", 2048L));
        assertTrue(e.getMessage().contains("max.inflight.bytes"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> start("source_type_map", "nopattern"));
        assertTrue(e.getMessage().contains("source.type.map"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> start("es_version", "8"));
        assertTrue(e.getMessage().contains("es.version"), e.getMessage());
        assertNotNull(e.getMessage());
    }
}
