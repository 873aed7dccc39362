package io.usiem.connector.httpinput.internal;

import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;

/**
 * What every connection of a listener shares: parsers, the ingest gate, the authenticator, the answers and the
 * counters. All thread-safe.
 *
 * @param name the listener's name
 * @param bulk the bulk body parser
 * @param lines the {@code /ingest} body parser
 * @param documents the JSON document reader
 * @param logs the raw log maker
 * @param gate the hand-over to the kernel
 * @param auth the credentials check
 * @param requiredRole the role needed to send events, or null for any authenticated principal
 * @param responses the answer bodies
 * @param counters the listener's counters
 * @param retryAfterSeconds the Retry-After of 429 and 503 answers
 * @param budget the request bytes the listener may hold at once
 * @param requestWorkers where requests are authenticated, parsed and routed, off the event loops
 */
record ListenerContext(String name, BulkParser bulk, LinesParser lines, DocumentReader documents, RawLogFactory logs,
        IngestGate gate, Authenticator auth,
        @Nullable String requiredRole, EsResponses responses, ListenerCounters counters, int retryAfterSeconds,
        InFlightBudget budget, Executor requestWorkers) {
}
