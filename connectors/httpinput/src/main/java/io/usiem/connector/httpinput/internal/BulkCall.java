package io.usiem.connector.httpinput.internal;

import io.usiem.api.event.IpAddress;

import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code _bulk} request: parse, hand the documents over, and answer in Elasticsearch's bulk format once they are
 * durable. Items whose documents the kernel did not take (it began stopping mid-request) are answered 429 so the
 * shipper sends them again; a request of which nothing was taken is answered 429 whole, or 503 when the journal
 * failed.
 */
final class BulkCall {
    private static final Logger LOG = LoggerFactory.getLogger(BulkCall.class);

    private final ListenerContext c;
    private final @Nullable IpAddress peer;

    BulkCall(ListenerContext context, @Nullable IpAddress peer) {
        this.c = context;
        this.peer = peer;
    }

    CompletableFuture<Answer> run(byte[] body, @Nullable String pathIndex, @Nullable String pipeline, FilterPath filter) {
        long start = System.nanoTime();
        BulkRequest req = c.bulk().parse(body, pathIndex, pipeline, peer);
        if (req.isRefused()) {
            c.counters().dropped(ListenerCounters.BAD_REQUEST, 1);
            return CompletableFuture.completedFuture(Answer.json(400, c.responses().error(400, req.errorType(), req.errorReason())));
        }
        int n = req.logs().size();
        c.counters().received(req.items().size(), 0);
        long invalid = req.items().stream().filter(i -> "document_parsing_exception".equals(i.errorType)).count();
        c.counters().dropped(ListenerCounters.INVALID_DOCUMENT, invalid);
        c.counters().dropped(ListenerCounters.UNSUPPORTED_ACTION, req.items().stream().filter(BulkItem::failed).count() - invalid);
        return c.gate().submit(req.logs()).thenApply(o -> {
            if (o instanceof IngestOutcome.Refused ref && n > 0) {
                c.counters().dropped(ref.reason(), n);
                return Answer.json(429, c.responses().error(429, "es_rejected_execution_exception", RequestHandler.refusal(ref.reason())));
            }
            if (o instanceof IngestOutcome.Failed f) {
                c.counters().dropped(ListenerCounters.JOURNAL_ERROR, n);
                LOG.warn("HTTP listener {}: the journal failed to store a bulk of {} documents", c.name(), n, f.cause());
                return Answer.json(503, c.responses().error(503, "unavailable_shards_exception",
                        "the uSIEM journal failed; nothing was stored"));
            }
            int accepted = o instanceof IngestOutcome.Durable d ? d.accepted() : 0;
            c.counters().accepted(accepted);
            c.counters().dropped(ListenerCounters.KERNEL_STOPPING, n - accepted);
            for (BulkItem item : req.items()) {
                if (item.log >= 0 && item.log >= accepted) {
                    item.fail(429, "es_rejected_execution_exception", RequestHandler.refusal(ListenerCounters.KERNEL_STOPPING));
                }
            }
            long took = (System.nanoTime() - start) / 1_000_000;
            return Answer.json(200, c.responses().bulk(took, req.items(), filter));
        });
    }
}
