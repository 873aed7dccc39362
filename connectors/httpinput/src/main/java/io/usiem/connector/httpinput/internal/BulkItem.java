package io.usiem.connector.httpinput.internal;

import org.jspecify.annotations.Nullable;

/**
 * One action of a bulk request and how it ends: 201 once its document is durable, or an item error (400 for a
 * document that is not JSON or an action uSIEM does not do, 429 when the kernel did not take it). Mutable, confined to
 * the connection's event loop.
 */
final class BulkItem {
    final String action;
    final @Nullable String index;
    final String id;
    /** Position of its document in the request's list of raw logs, or -1 when it has none to ingest. */
    final int log;
    int status;
    @Nullable String errorType;
    @Nullable String errorReason;

    private BulkItem(String action, @Nullable String index, String id, int log) {
        this.action = action;
        this.index = index;
        this.id = id;
        this.log = log;
    }

    static BulkItem toIngest(String action, @Nullable String index, String id, int log) {
        BulkItem item = new BulkItem(action, index, id, log);
        item.status = 201;
        return item;
    }

    static BulkItem failed(String action, @Nullable String index, String id, int status, String type, String reason) {
        BulkItem item = new BulkItem(action, index, id, -1);
        item.fail(status, type, reason);
        return item;
    }

    void fail(int newStatus, String type, String reason) {
        this.status = newStatus;
        this.errorType = type;
        this.errorReason = reason;
    }

    boolean failed() {
        return errorType != null;
    }
}
