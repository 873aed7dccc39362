package io.usiem.connector.httpinput.internal;

import io.usiem.api.parser.RawLog;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A parsed bulk body: its items and the raw logs to ingest (in item order), or why the whole request is refused
 * (400 with an Elasticsearch error type and reason).
 *
 * @param items the actions in body order
 * @param logs the documents of the index and create actions that are JSON objects
 * @param errorType the Elasticsearch error type of a refused request, or null
 * @param errorReason its reason, or null
 */
record BulkRequest(List<BulkItem> items, List<RawLog> logs, @Nullable String errorType, @Nullable String errorReason) {
    static BulkRequest refused(String type, String reason) {
        return new BulkRequest(List.of(), List.of(), type, reason);
    }

    boolean isRefused() {
        return errorType != null;
    }
}
