package io.usiem.connector.datasets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.usiem.api.dataset.DatasetKind;

class DatasetsApiTest {
    @TempDir
    Path dir;

    @Test
    void listDetailLookupAndErrors() throws Exception {
        DatasetManager m = new DatasetManager(dir, () -> 1_700_000_000_000L);
        m.define(Definition.manual("nets", DatasetKind.CIDR_SET, 0));
        m.put("nets", "10.0.0.0/8", "corp", 0);
        m.put("nets", "192.0.2.0/24", null, 60_000);
        m.flushAll();
        DatasetsApi api = new DatasetsApi(m);
        ObjectMapper json = new ObjectMapper();

        JsonNode all = json.readTree(api.handle("/", Map.of()).json());
        assertEquals("nets", all.get(0).get("name").asText());
        assertEquals(2, all.get(0).get("size").asInt());
        assertEquals("CIDR_SET", all.get(0).get("kind").asText());

        JsonNode one = json.readTree(api.handle("/nets", Map.of("limit", "1")).json());
        assertEquals(1, one.get("entries").size());
        assertEquals("10.0.0.0/8", one.get("entries").get(0).get("key").asText());

        JsonNode hit = json.readTree(api.handle("/nets", Map.of("contains", "10.9.8.7")).json());
        assertTrue(hit.get("found").asBoolean());
        assertEquals("corp", hit.get("result").asText());
        assertEquals(false, json.readTree(api.handle("/nets", Map.of("contains", "8.8.8.8")).json()).get("found").asBoolean());

        assertEquals(404, api.handle("/nope", Map.of()).status());
        assertEquals(400, api.handle("/nets", Map.of("limit", "x")).status());
    }
}
