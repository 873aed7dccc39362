package io.usiem.connector.httpinput.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The bulk body rules, without sockets. */
class BulkParserTest {
    private final DocumentReader documents = new DocumentReader(1 << 20);

    private BulkRequest parse(String body, String map) {
        RawLogFactory logs = new RawLogFactory("t", null, SourceTypeMap.of(null, map));
        return new BulkParser(documents, logs).parse(body.getBytes(StandardCharsets.UTF_8), null, null, null);
    }

    @Test
    void blankLinesBetweenPairsAndCrLfAreTolerated() {
        // rsyslog's omelasticsearch writes an empty line after each document; Windows shippers may send CRLF.
        BulkRequest r = parse("{\"index\":{\"_index\":\"a\"}}\r\n{\"message\":\"one\"}\r\n\n\n{\"index\":{\"_index\":\"a\"}}\n"
                + "{\"message\":\"two\"}\n\n", "");
        assertFalse(r.isRefused(), r.errorReason());
        assertEquals(2, r.logs().size());
        assertEquals("{\"message\":\"one\"}", r.logs().get(0).original());
        assertEquals("two", r.logs().get(1).message());
    }

    /** Winlogbeat's message is the rendered text: the Windows parser needs the record, the whole document. */
    @Test
    void aWindowsEventFromWinlogbeatIsReadWhole() {
        String winlogbeat = "{\"@timestamp\":\"2026-11-30T06:00:01.123Z\",\"message\":\"Process Create:\\nImage: C:\\\\x.exe\","
                + "\"winlog\":{\"channel\":\"Microsoft-Windows-Sysmon/Operational\",\"event_id\":\"1\"}}";
        String flattened = "{\"message\":\"An account was logged on.\",\"winlog.channel\":\"Security\",\"winlog.event_id\":4624}";
        String notWindows = "{\"message\":\"sshd[1]: Accepted\",\"winlogon\":{\"a\":1},\"winlog\":\"text\"}";
        BulkRequest r = parse("{\"create\":{\"_index\":\"winlogbeat-8.17.0\"}}\n" + winlogbeat + "\n{\"create\":{\"_index\":\"x\"}}\n"
                + flattened + "\n{\"create\":{\"_index\":\"x\"}}\n" + notWindows + "\n", "");
        assertEquals(winlogbeat, r.logs().get(0).message());
        assertEquals(flattened, r.logs().get(1).message());
        assertEquals("sshd[1]: Accepted", r.logs().get(2).message());
    }

    @Test
    void pipelineAndIndexRulesPickTheSourceType() {
        String map = "pipeline:filebeat-*-system-auth-pipeline=linux.auth, logs-suricata.*=suricata, logs-*=";
        BulkRequest r = parse("{\"create\":{\"_index\":\"filebeat-8.17.0\",\"pipeline\":\"filebeat-8.17.0-system-auth-pipeline\"}}\n"
                + "{\"message\":\"a\"}\n{\"create\":{\"_index\":\"logs-suricata.eve-default\"}}\n{\"message\":\"b\"}\n"
                + "{\"create\":{\"_index\":\"logs-nginx.access-default\"}}\n{\"message\":\"c\"}\n", map);
        assertEquals("linux.auth", r.logs().get(0).sourceType());
        assertEquals("suricata", r.logs().get(1).sourceType());
        assertNull(r.logs().get(2).sourceType(), "an entry with an empty type lets the kernel choose");
    }

    @Test
    void opTypeCreateNumericIdAndAnActionWithoutDocument() {
        BulkRequest r = parse("{\"index\":{\"_index\":\"a\",\"_id\":42,\"op_type\":\"create\"}}\n{\"x\":1}\n"
                + "{\"index\":{\"_index\":\"a\"}}\n", "");
        assertEquals(1, r.items().size(), "an action without its document line is ignored, as Elasticsearch does");
        BulkItem item = r.items().get(0);
        assertEquals("create", item.action);
        assertEquals("42", item.id);
    }

    @Test
    void documentsMustBeOneJsonObject() {
        BulkRequest r = parse("{\"index\":{\"_index\":\"a\"}}\n{\"x\":1} {\"y\":2}\n{\"index\":{\"_index\":\"a\"}}\n\n"
                + "{\"index\":{\"_index\":\"a\"}}\n\"text\"\n", "");
        assertEquals(3, r.items().size());
        assertTrue(r.items().stream().allMatch(i -> i.status == 400 && "document_parsing_exception".equals(i.errorType)),
                r.items().toString());
        assertEquals(List.of(), r.logs());
    }

    @Test
    void idsAreGeneratedLikeElasticsearchs() {
        String id = BulkParser.newId();
        assertEquals(20, id.length());
        assertTrue(id.matches("[A-Za-z0-9_-]{20}"));
    }
}
