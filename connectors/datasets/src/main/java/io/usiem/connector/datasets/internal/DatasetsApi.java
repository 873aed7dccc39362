package io.usiem.connector.datasets.internal;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.usiem.api.dataset.Dataset;

/**
 * The read-only REST view of datasets, free of the servlet API for tests: {@code GET /api/datasets} (all, with
 * status), {@code GET /api/datasets/NAME[?limit=N]} (details and first entries) and
 * {@code GET /api/datasets/NAME?contains=X} (a lookup). Writes stay in the shell, which Karaf authenticates.
 */
public final class DatasetsApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Status and JSON body. */
    public record Response(int status, String json) {
    }

    private final DatasetManager manager;

    public DatasetsApi(DatasetManager manager) {
        this.manager = manager;
    }

    public Response handle(@Nullable String path, Map<String, String> params) {
        String p = path == null ? "" : path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        if (p.isEmpty()) {
            ArrayNode all = JSON.createArrayNode();
            for (Dataset d : manager.all()) {
                all.add(summary((StoredDataset) d));
            }
            return new Response(200, all.toString());
        }
        StoredDataset d = manager.get(p);
        if (d == null) {
            return error(404, "no dataset " + p);
        }
        String contains = params.get("contains");
        if (contains != null) {
            ObjectNode o = JSON.createObjectNode();
            o.put("dataset", d.name());
            o.put("value", contains);
            String r = DatasetCommand.lookup(d, contains);
            o.put("found", !r.equals("not found"));
            if (r.startsWith("found: ")) {
                o.put("result", r.substring(7));
            }
            return new Response(200, o.toString());
        }
        int limit;
        try {
            limit = Math.max(0, Math.min(10_000, Integer.parseInt(params.getOrDefault("limit", "100"))));
        } catch (NumberFormatException e) {
            return error(400, "limit must be a number");
        }
        ObjectNode o = summary(d);
        ArrayNode entries = o.putArray("entries");
        int n = 0;
        for (Entry e : d.entries()) {
            if (n++ >= limit) {
                break;
            }
            ObjectNode x = entries.addObject();
            x.put("key", e.key());
            if (e.value() instanceof String s) {
                x.put("value", s);
            } else if (e.value() instanceof java.util.List<?> l) {
                ArrayNode a = x.putArray("values");
                l.forEach(v -> a.add(String.valueOf(v)));
            }
            if (e.expiresAt() != Entry.NEVER) {
                x.put("expires", Instant.ofEpochMilli(e.expiresAt()).toString());
            }
        }
        return new Response(200, o.toString());
    }

    private static ObjectNode summary(StoredDataset d) {
        ObjectNode o = JSON.createObjectNode();
        o.put("name", d.name());
        o.put("kind", d.kind().name());
        o.put("size", d.size());
        o.put("updated", d.lastUpdatedMillis() == 0 ? null : Instant.ofEpochMilli(d.lastUpdatedMillis()).toString());
        o.put("source", d.source());
        o.put("tenant", d.tenant());
        o.put("status", d.status());
        return o;
    }

    private static Response error(int status, String message) {
        ObjectNode o = JSON.createObjectNode();
        o.put("error", message);
        return new Response(status, o.toString());
    }
}
