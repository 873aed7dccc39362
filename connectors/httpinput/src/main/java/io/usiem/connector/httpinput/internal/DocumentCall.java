package io.usiem.connector.httpinput.internal;

import io.usiem.api.event.IpAddress;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One single-document request ({@code POST /<index>/_doc}, {@code PUT /<index>/_doc/<id>},
 * {@code /<index>/_create/<id>}), as logging libraries and scripts send with an Elasticsearch client's index call:
 * answered 201 in Elasticsearch's index response once durable, 400 when the body is not one JSON object, 429 or 503
 * when the kernel did not take it.
 */
final class DocumentCall {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentCall.class);

    private final ListenerContext c;
    private final @Nullable IpAddress peer;

    DocumentCall(ListenerContext context, @Nullable IpAddress peer) {
        this.c = context;
        this.peer = peer;
    }

    CompletableFuture<Answer> run(byte[] body, String index, @Nullable String id, @Nullable String pipeline) {
        DocumentReader.Doc doc = c.documents().read(body, 0, trimmedLength(body));
        c.counters().received(1, 0);
        if (!doc.valid()) {
            c.counters().dropped(ListenerCounters.INVALID_DOCUMENT, 1);
            return CompletableFuture.completedFuture(Answer.json(400, c.responses().error(400, "document_parsing_exception",
                    "[1:1] failed to parse: " + doc.error())));
        }
        String json = new String(body, 0, trimmedLength(body), StandardCharsets.UTF_8);
        String docId = id != null ? id : BulkParser.newId();
        return c.gate().submit(List.of(c.logs().document(json, doc, index, pipeline, null, peer, RawLogFactory.nowNanos())))
                .thenApply(o -> {
                    if (o instanceof IngestOutcome.Durable d && d.accepted() == 1) {
                        c.counters().accepted(1);
                        return Answer.json(201, c.responses().indexed(index, docId));
                    }
                    if (o instanceof IngestOutcome.Failed f) {
                        c.counters().dropped(ListenerCounters.JOURNAL_ERROR, 1);
                        LOG.warn("HTTP listener {}: the journal failed to store a document", c.name(), f.cause());
                        return Answer.json(503, c.responses().error(503, "unavailable_shards_exception",
                                "the uSIEM journal failed; nothing was stored"));
                    }
                    String reason = o instanceof IngestOutcome.Refused ref ? ref.reason() : ListenerCounters.KERNEL_STOPPING;
                    c.counters().dropped(reason, 1);
                    return Answer.json(429, c.responses().error(429, "es_rejected_execution_exception",
                            RequestHandler.refusal(reason)));
                });
    }

    /** A document body may end with a newline (curl -d @file); the original keeps the JSON only. */
    private static int trimmedLength(byte[] body) {
        int n = body.length;
        while (n > 0 && (body[n - 1] == '\n' || body[n - 1] == '\r' || body[n - 1] == ' ')) {
            n--;
        }
        return n;
    }
}
