package io.usiem.connector.httpinput.internal;

import io.usiem.api.input.InputStats;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** A listener's counters, updated from every event loop and ingest thread and read by {@code siem:status}. */
final class ListenerCounters {
    /** Documents not accepted because the journal stayed full past journal.full.wait.millis (answered 429). */
    static final String JOURNAL_FULL = "journal_full";
    /** Documents not accepted because the kernel was stopping (answered 429; the sender retries). */
    static final String KERNEL_STOPPING = "kernel_stopping";
    /** Documents the journal failed to make durable (answered 503). */
    static final String JOURNAL_ERROR = "journal_error";
    /** Bulk documents that were not JSON objects (item answered 400, as Elasticsearch does). */
    static final String INVALID_DOCUMENT = "invalid_document";
    /** Bulk delete and update actions (item answered 400: the journal is append-only). */
    static final String UNSUPPORTED_ACTION = "unsupported_action";
    /** Whole requests refused as malformed (answered 400; counted per request). */
    static final String BAD_REQUEST = "bad_request";
    /** Requests larger than max.body.bytes (answered 413; counted per request). */
    static final String REQUEST_TOO_LARGE = "request_too_large";
    /** Requests answered 429 because max.inflight.bytes were already held (counted per request). */
    static final String INFLIGHT_LIMIT = "inflight_limit";
    /** Requests without valid credentials (answered 401 or 403; counted per request). */
    static final String UNAUTHORIZED = "unauthorized";
    /** Connections past max.connections, closed at once. */
    static final String CONNECTIONS_REFUSED = "connections_refused";

    private final LongAdder received = new LongAdder();
    private final LongAdder bytes = new LongAdder();
    private final LongAdder accepted = new LongAdder();
    private final AtomicLong connections = new AtomicLong();
    private final Map<String, LongAdder> dropped = new ConcurrentHashMap<>();
    private final Map<Integer, LongAdder> responses = new ConcurrentHashMap<>();

    void received(int documents, long byteCount) {
        received.add(documents);
        bytes.add(byteCount);
    }

    void accepted(int documents) {
        accepted.add(documents);
    }

    void dropped(String reason, long count) {
        if (count > 0) {
            dropped.computeIfAbsent(reason, r -> new LongAdder()).add(count);
        }
    }

    void responded(int status) {
        responses.computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    /** @return the open connections after this one */
    long connectionOpened() {
        return connections.incrementAndGet();
    }

    void connectionClosed() {
        connections.decrementAndGet();
    }

    /** @return documents and lines made durable */
    long acceptedCount() {
        return accepted.sum();
    }

    /** @return responses by HTTP status, sorted */
    Map<Integer, Long> responsesByStatus() {
        Map<Integer, Long> out = new TreeMap<>();
        responses.forEach((status, n) -> out.put(status, n.sum()));
        return out;
    }

    InputStats snapshot(String name, String type) {
        InputStats.Builder b = InputStats.builder(name, type).received(received.sum()).bytes(bytes.sum())
                .connections(connections.get());
        dropped.forEach((reason, count) -> b.dropped(reason, count.sum()));
        return b.build();
    }

    @Override
    public String toString() {
        return "accepted " + acceptedCount() + ", responses " + responsesByStatus();
    }
}
