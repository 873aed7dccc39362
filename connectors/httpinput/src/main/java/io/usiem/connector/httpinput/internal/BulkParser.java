package io.usiem.connector.httpinput.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.usiem.api.event.IpAddress;
import io.usiem.api.parser.RawLog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;

/**
 * Reads an Elasticsearch bulk body (NDJSON: an action line, then a document line for index, create and update) the
 * way Elasticsearch does: a malformed action line, an unknown action or parameter, a body not ending in a newline or
 * an action without an index refuse the whole request (400); a document that is not a JSON object fails its item
 * (400); delete and update fail their item (400), since the journal only appends. Thread-safe.
 */
final class BulkParser {
    private static final Set<String> KNOWN_PARAMETERS = Set.of("_index", "_id", "_type", "routing", "_routing", "pipeline",
            "require_alias", "require_data_stream", "dynamic_templates", "op_type", "version", "version_type",
            "if_seq_no", "if_primary_term", "retry_on_conflict", "_source", "list_executed_pipelines", "_retry_on_conflict");
    static final String ILLEGAL_ARGUMENT = "illegal_argument_exception";

    private final DocumentReader documents;
    private final RawLogFactory logs;

    BulkParser(DocumentReader documents, RawLogFactory logs) {
        this.documents = documents;
        this.logs = logs;
    }

    /**
     * @param body the request body, decompressed
     * @param pathIndex the index named in the path ({@code /<index>/_bulk}), or null
     * @param pathPipeline the request's {@code pipeline} parameter, or null
     * @param peer the sender's address, or null
     * @return the items, or the reason the request is refused
     */
    BulkRequest parse(byte[] body, @Nullable String pathIndex, @Nullable String pathPipeline, @Nullable IpAddress peer) {
        if (body.length == 0) {
            return BulkRequest.refused("parse_exception", "request body is required");
        }
        if (body[body.length - 1] != '\n') {
            return BulkRequest.refused(ILLEGAL_ARGUMENT, "The bulk request must be terminated by a newline [\\n]");
        }
        long received = RawLogFactory.nowNanos();
        List<BulkItem> items = new ArrayList<>();
        List<RawLog> raws = new ArrayList<>();
        StringBuilder missingIndex = new StringBuilder();
        int line = 0;
        int pos = 0;
        while (pos < body.length) {
            int end = lineEnd(body, pos);
            line++;
            int from = pos;
            int to = trimEnd(body, from, end);
            pos = end + 1;
            if (isBlank(body, from, to)) {
                continue;
            }
            Action a;
            try {
                a = action(body, from, to - from, line);
            } catch (BulkFormatException e) {
                return BulkRequest.refused(e.type, e.getMessage());
            }
            String index = a.index != null ? a.index : pathIndex;
            String id = a.id != null ? a.id : newId();
            if (index == null) {
                missingIndex.append(items.size() + 1).append(": index is missing;");
            }
            if ("delete".equals(a.name)) {
                items.add(BulkItem.failed(a.name, index, id, 400, ILLEGAL_ARGUMENT,
                        "uSIEM keeps every event it was sent: delete is not supported"));
                continue;
            }
            if (pos >= body.length) {
                break; // an action without its document line: Elasticsearch ignores it too
            }
            int docEnd = lineEnd(body, pos);
            line++;
            int docFrom = pos;
            int docTo = trimEnd(body, docFrom, docEnd);
            pos = docEnd + 1;
            if ("update".equals(a.name)) {
                items.add(BulkItem.failed(a.name, index, id, 400, ILLEGAL_ARGUMENT,
                        "uSIEM keeps every event as it was received: update is not supported"));
                continue;
            }
            DocumentReader.Doc doc = documents.read(body, docFrom, docTo - docFrom);
            if (!doc.valid()) {
                items.add(BulkItem.failed(a.name, index, id, 400, "document_parsing_exception",
                        "[" + line + ":1] failed to parse: " + doc.error()));
                continue;
            }
            String json = new String(body, docFrom, docTo - docFrom, StandardCharsets.UTF_8);
            items.add(BulkItem.toIngest(a.name, index, id, raws.size()));
            raws.add(logs.document(json, doc, index, a.pipeline != null ? a.pipeline : pathPipeline, null, peer, received));
        }
        if (missingIndex.length() > 0) {
            return BulkRequest.refused("action_request_validation_exception", "Validation Failed: " + missingIndex);
        }
        if (items.isEmpty()) {
            return BulkRequest.refused("action_request_validation_exception", "Validation Failed: 1: no requests added;");
        }
        return new BulkRequest(items, raws, null, null);
    }

    private record Action(String name, @Nullable String index, @Nullable String id, @Nullable String pipeline) {
    }

    private static final class BulkFormatException extends Exception {
        private static final long serialVersionUID = 1L;
        final String type;

        BulkFormatException(String type, String message) {
            super(message, null, false, false);
            this.type = type;
        }
    }

    private Action action(byte[] body, int offset, int length, int line) throws BulkFormatException {
        try (JsonParser p = documents.factory().createParser(body, offset, length)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                throw malformed(line, "expected START_OBJECT or END_OBJECT but found [" + DocumentReader.describe(t) + "]");
            }
            t = p.nextToken();
            if (t != JsonToken.FIELD_NAME) {
                throw malformed(line, "expected FIELD_NAME but found [" + DocumentReader.describe(t) + "]");
            }
            String name = p.currentName();
            if (!"index".equals(name) && !"create".equals(name) && !"delete".equals(name) && !"update".equals(name)) {
                throw malformed(line, "expected field [create], [delete], [index] or [update] but found [" + name + "]");
            }
            t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                throw malformed(line, "expected START_OBJECT but found [" + DocumentReader.describe(t) + "]");
            }
            String index = null;
            String id = null;
            String pipeline = null;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String param = p.currentName();
                t = p.nextToken();
                if (!KNOWN_PARAMETERS.contains(param)) {
                    throw new BulkFormatException(ILLEGAL_ARGUMENT,
                            "Action/metadata line [" + line + "] contains an unknown parameter [" + param + "]");
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    p.skipChildren();
                } else if ("_index".equals(param)) {
                    index = p.getValueAsString();
                } else if ("_id".equals(param)) {
                    id = p.getValueAsString();
                } else if ("pipeline".equals(param)) {
                    pipeline = p.getValueAsString();
                } else if ("op_type".equals(param) && "create".equals(p.getValueAsString()) && "index".equals(name)) {
                    name = "create";
                }
            }
            t = p.nextToken();
            if (t != JsonToken.END_OBJECT) {
                throw malformed(line, "expected END_OBJECT but found [" + DocumentReader.describe(t) + "]");
            }
            if (p.nextToken() != null) {
                throw malformed(line, "expected one JSON object but found more");
            }
            return new Action(name, index, id, pipeline);
        } catch (IOException e) {
            throw new BulkFormatException("x_content_parse_exception",
                    "[" + line + ":1] Malformed action/metadata line: " + DocumentReader.firstLine(e.getMessage()));
        }
    }

    private static BulkFormatException malformed(int line, String what) {
        return new BulkFormatException(ILLEGAL_ARGUMENT, "Malformed action/metadata line [" + line + "], " + what);
    }

    private static int lineEnd(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return b.length;
    }

    private static int trimEnd(byte[] b, int from, int end) {
        return end > from && b[end - 1] == '\r' ? end - 1 : end;
    }

    private static boolean isBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** An id like Elasticsearch's auto-generated ones: 20 URL-safe base64 characters. */
    static String newId() {
        byte[] bytes = new byte[15];
        ThreadLocalRandom.current().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
