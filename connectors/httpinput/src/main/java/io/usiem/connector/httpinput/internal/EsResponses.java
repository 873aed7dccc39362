package io.usiem.connector.httpinput.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

/**
 * The JSON bodies the listener answers, shaped as Elasticsearch's so that shippers read them unchanged: the root
 * info ({@code GET /}), license, xpack, cluster health, acknowledgements, errors, and the bulk response. Thread-safe.
 */
final class EsResponses {
    /** Elasticsearch's own tagline; clients of 6.x and 7.0-7.13 compare it. */
    private static final String TAGLINE = "You Know, for Search";

    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private final JsonFactory json;
    private final String nodeName;
    private final String version;
    private final String clusterUuid = UUID.randomUUID().toString();

    EsResponses(JsonFactory json, String nodeName, String version) {
        this.json = json;
        this.nodeName = nodeName;
        this.version = version;
    }

    private byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = json.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code GET /}: Filebeat, Logstash and Vector read {@code version.number}; Filebeat wants build_flavor default. */
    byte[] info() {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("name", nodeName);
            g.writeStringField("cluster_name", "usiem");
            g.writeStringField("cluster_uuid", clusterUuid);
            g.writeObjectFieldStart("version");
            g.writeStringField("number", version);
            g.writeStringField("build_flavor", "default");
            g.writeStringField("build_type", "tar");
            g.writeStringField("build_hash", "usiem");
            g.writeStringField("build_date", "2026-01-01T00:00:00.000Z");
            g.writeBooleanField("build_snapshot", false);
            g.writeStringField("lucene_version", "9.12.3");
            g.writeStringField("minimum_wire_compatibility_version", "7.17.0");
            g.writeStringField("minimum_index_compatibility_version", "7.0.0");
            g.writeEndObject();
            g.writeStringField("tagline", TAGLINE);
            g.writeEndObject();
        });
    }

    /** {@code GET /_license}: Beats' licenser and Logstash want an active license. */
    byte[] license() {
        return write(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("license");
            licenseFields(g);
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    private void licenseFields(JsonGenerator g) throws IOException {
        g.writeStringField("status", "active");
        g.writeStringField("uid", clusterUuid);
        g.writeStringField("type", "basic");
        g.writeStringField("mode", "basic");
        g.writeStringField("issue_date", "2026-01-01T00:00:00.000Z");
        g.writeNumberField("issue_date_in_millis", 1_767_225_600_000L);
        g.writeNumberField("max_nodes", 1000);
        g.writeStringField("issued_to", "usiem");
        g.writeStringField("issuer", "usiem");
        g.writeNumberField("start_date_in_millis", -1);
    }

    /** {@code GET /_xpack}: Logstash's ILM check reads features.ilm. */
    byte[] xpack() {
        return write(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("build");
            g.writeStringField("hash", "usiem");
            g.writeStringField("date", "2026-01-01T00:00:00.000Z");
            g.writeEndObject();
            g.writeObjectFieldStart("license");
            g.writeStringField("uid", clusterUuid);
            g.writeStringField("type", "basic");
            g.writeStringField("mode", "basic");
            g.writeStringField("status", "active");
            g.writeEndObject();
            g.writeObjectFieldStart("features");
            for (String f : List.of("ilm", "security", "monitoring")) {
                g.writeObjectFieldStart(f);
                g.writeBooleanField("available", true);
                g.writeBooleanField("enabled", true);
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeStringField("tagline", "You know, for X");
            g.writeEndObject();
        });
    }

    /** {@code GET /_cluster/health}: Vector's health check. */
    byte[] health() {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("cluster_name", "usiem");
            g.writeStringField("status", "green");
            g.writeBooleanField("timed_out", false);
            g.writeNumberField("number_of_nodes", 1);
            g.writeNumberField("number_of_data_nodes", 1);
            g.writeNumberField("active_primary_shards", 0);
            g.writeNumberField("active_shards", 0);
            g.writeNumberField("relocating_shards", 0);
            g.writeNumberField("initializing_shards", 0);
            g.writeNumberField("unassigned_shards", 0);
            g.writeNumberField("delayed_unassigned_shards", 0);
            g.writeNumberField("number_of_pending_tasks", 0);
            g.writeNumberField("number_of_in_flight_fetch", 0);
            g.writeNumberField("task_max_waiting_in_queue_millis", 0);
            g.writeNumberField("active_shards_percent_as_number", 100.0);
            g.writeEndObject();
        });
    }

    /** Template, ILM policy, pipeline and index creation: accepted and ignored (uSIEM decides how it stores). */
    byte[] acknowledged(String index) {
        return write(g -> {
            g.writeStartObject();
            g.writeBooleanField("acknowledged", true);
            if (index != null) {
                g.writeBooleanField("shards_acknowledged", true);
                g.writeStringField("index", index);
            }
            g.writeEndObject();
        });
    }

    /** The index API's answer for a document taken (201). */
    byte[] indexed(String index, String id) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("_index", index);
            g.writeStringField("_id", id);
            g.writeNumberField("_version", 1);
            g.writeStringField("result", "created");
            g.writeObjectFieldStart("_shards");
            g.writeNumberField("total", 1);
            g.writeNumberField("successful", 1);
            g.writeNumberField("failed", 0);
            g.writeEndObject();
            g.writeNumberField("_seq_no", 0);
            g.writeNumberField("_primary_term", 1);
            g.writeEndObject();
        });
    }

    /** {@code GET /_security/_authenticate}: who the credentials are. */
    byte[] authenticate(Principal p) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("username", p.name());
            g.writeArrayFieldStart("roles");
            for (String r : p.roles().stream().sorted().toList()) {
                g.writeString(r);
            }
            g.writeEndArray();
            g.writeBooleanField("enabled", true);
            g.writeStringField("authentication_type", "api_key".equals(p.realm()) ? "api_key" : "realm");
            g.writeEndObject();
        });
    }

    /** An Elasticsearch error body: {@code {"error":{"root_cause":[...],"type","reason"},"status"}}. */
    byte[] error(int status, String type, String reason) {
        return write(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("error");
            g.writeArrayFieldStart("root_cause");
            g.writeStartObject();
            g.writeStringField("type", type);
            g.writeStringField("reason", reason);
            g.writeEndObject();
            g.writeEndArray();
            g.writeStringField("type", type);
            g.writeStringField("reason", reason);
            g.writeEndObject();
            g.writeNumberField("status", status);
            g.writeEndObject();
        });
    }

    /** The answer of {@code POST /ingest}. */
    byte[] ingestCounts(int received, int accepted, String error) {
        return write(g -> {
            g.writeStartObject();
            g.writeNumberField("received", received);
            g.writeNumberField("accepted", accepted);
            if (error != null) {
                g.writeStringField("error", error);
            }
            g.writeEndObject();
        });
    }

    /**
     * The bulk response: {@code took}, {@code errors}, and one item per action in request order, filtered as
     * Elasticsearch filters with {@code filter_path} (an item left empty by the filter is left out, as there).
     */
    byte[] bulk(long tookMillis, List<BulkItem> items, FilterPath filter) {
        boolean errors = items.stream().anyMatch(BulkItem::failed);
        return write(g -> {
            g.writeStartObject();
            if (filter.includes("took")) {
                g.writeNumberField("took", tookMillis);
            }
            if (filter.includes("errors")) {
                g.writeBooleanField("errors", errors);
            }
            boolean started = false;
            for (BulkItem item : items) {
                List<String> fields = itemFields(item).stream().filter(f -> filter.includes("items", item.action, f)).toList();
                if (fields.isEmpty()) {
                    continue;
                }
                if (!started) {
                    g.writeArrayFieldStart("items");
                    started = true;
                }
                g.writeStartObject();
                g.writeObjectFieldStart(item.action);
                for (String f : fields) {
                    writeItemField(g, item, f);
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            if (started) {
                g.writeEndArray();
            }
            g.writeEndObject();
        });
    }

    private static final List<String> FAILED_FIELDS = List.of("_index", "_id", "status", "error");
    private static final List<String> CREATED_FIELDS = List.of("_index", "_id", "_version", "result", "_shards", "_seq_no",
            "_primary_term", "status");

    private static List<String> itemFields(BulkItem item) {
        List<String> fields = item.failed() ? FAILED_FIELDS : CREATED_FIELDS;
        return item.index == null ? fields.subList(1, fields.size()) : fields;
    }

    private static void writeItemField(JsonGenerator g, BulkItem item, String field) throws IOException {
        switch (field) {
            case "_index" -> g.writeStringField("_index", item.index);
            case "_id" -> g.writeStringField("_id", item.id);
            case "status" -> g.writeNumberField("status", item.status);
            case "error" -> {
                g.writeObjectFieldStart("error");
                g.writeStringField("type", item.errorType);
                g.writeStringField("reason", item.errorReason);
                g.writeEndObject();
            }
            case "_version" -> g.writeNumberField("_version", 1);
            case "result" -> g.writeStringField("result", "created");
            case "_shards" -> {
                g.writeObjectFieldStart("_shards");
                g.writeNumberField("total", 1);
                g.writeNumberField("successful", 1);
                g.writeNumberField("failed", 0);
                g.writeEndObject();
            }
            case "_seq_no" -> g.writeNumberField("_seq_no", 0);
            case "_primary_term" -> g.writeNumberField("_primary_term", 1);
            default -> throw new IllegalArgumentException(field);
        }
    }
}
