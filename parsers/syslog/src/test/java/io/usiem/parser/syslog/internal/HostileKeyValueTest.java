package io.usiem.parser.syslog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.EcsCategory;
import io.usiem.api.event.Event;
import io.usiem.api.event.EventKind;
import io.usiem.api.event.Field;
import io.usiem.api.event.Fields;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A log line cannot write the event's header through key=value pairs: not the tenant, the ECS kind and
 * category, the tags, the timestamps, the original, nor keys that would clash in a store's mapping.
 */
class HostileKeyValueTest {
    private static final ObjectMapper STRICT = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final String HOSTILE = "<13>Feb  5 17:32:18 gw01 app: organization.id=evil tags=pwned event.category=malware"
            + " event.kind=alert event.type=deletion event.original=forged event.ingested=2000-01-01T00:00:00Z"
            + " observer.vendor=forged observer.product=forged ecs.version=0.1 usiem.category=FIREWALL"
            + " usiem.sequence=1 event.module=evil event.dataset=evil source=1.2.3.4 source.ip.port=1 log=x"
            + " usiem.shadowed.tags=again src=10.0.0.1 user=alice";

    @Test
    void headerKeysFromTheLogAreShadowedNotObeyed() throws Exception {
        ParseResult r = new GenericSyslogParser(ZoneOffset.UTC).parse(RawLog.of(HOSTILE));
        assertTrue(r.isParsed(), r::toString);
        Event e = r.events().get(0);
        assertEquals(Event.DEFAULT_TENANT, e.tenant());
        assertEquals(EventKind.EVENT, e.kind());
        assertFalse(e.hasEcsCategory(EcsCategory.MALWARE));
        assertTrue(e.tags().isEmpty(), e.tags()::toString);
        assertEquals(HOSTILE, e.raw());
        assertEquals("syslog", e.getText(Fields.EVENT_MODULE));
        assertEquals("evil", e.getText(Field.of("organization.id")));
        assertEquals("usiem.shadowed.organization.id", Field.of("organization.id").name());

        String json = e.toString();
        JsonNode doc = STRICT.readTree(json); // refuses a key written twice
        assertEquals("default", doc.get("organization.id").asText());
        assertEquals("event", doc.get("event.kind").asText());
        assertFalse(doc.has("event.category"), json);
        assertFalse(doc.has("event.type"), json);
        assertFalse(doc.has("tags"), json);
        assertEquals(HOSTILE, doc.get("event.original").asText());
        assertEquals("8.17.0", doc.get("ecs.version").asText());
        assertEquals("GENERIC", doc.get("usiem.category").asText());
        assertEquals("generic", doc.get("observer.vendor").asText());
        assertEquals("syslog.generic", doc.get("event.dataset").asText());
        assertFalse(doc.has("usiem.sequence"), json);
        assertEquals("10.0.0.1", doc.get("source.ip").asText());
        // No key the log chose is an object path of a dictionary or header key (source vs source.ip) or below
        // one of their leaves (source.ip.port): a store could not map both.
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.fields(); it.hasNext();) {
            String key = it.next().getKey();
            for (Iterator<String> names = doc.fieldNames(); names.hasNext();) {
                String other = names.next();
                boolean logChosen = key.startsWith("usiem.shadowed.") || other.startsWith("usiem.shadowed.");
                boolean bothLogChosen = key.startsWith("usiem.shadowed.") && other.startsWith("usiem.shadowed.");
                assertFalse(other.startsWith(key + ".") && logChosen && !bothLogChosen, key + " and " + other + " in " + json);
            }
            assertTrue(!key.startsWith("usiem.") || key.startsWith("usiem.shadowed.") || key.equals("usiem.category")
                    || key.startsWith("usiem.logsource."), key);
        }
    }
}
