package io.usiem.kernel.internal;

import java.nio.file.Path;

/**
 * Validated pipeline settings, built from {@link KernelConfig}: one {@link StageSettings} per stage, then
 * what parser selection and sink delivery need.
 */
record PipelineSettings(StageSettings parse, StageSettings enrich, StageSettings output, StageSettings alert,
        long scaleIntervalMillis, Parsers parsers, Sinks sinks) {

    /**
     * @param originCacheSize origins whose working parser is remembered
     * @param graceMillis how long lines no parser takes wait for a parser being replaced; 0 stores them raw at once
     * @param timeoutMillis a parse call running longer is stuck: its worker's batch goes to another worker
     * @param startupWaitMillis at start, how long the journal's lines wait for a first parser and a first sink
     *     (their bundles start after the kernel's) before processing begins anyway
     */
    record Parsers(int originCacheSize, long graceMillis, long timeoutMillis, long startupWaitMillis) {
        Parsers {
            require(startupWaitMillis >= 0, "startup.wait.ms must not be negative");
            require(originCacheSize >= 16, "origin.cache.size must be at least 16");
            require(graceMillis >= 0, "parser.grace.ms must not be negative");
            require(timeoutMillis >= 10, "parser.timeout.ms must be at least 10");
        }
    }

    /**
     * @param retryInitialMillis first wait before a failed sink write is retried; doubled on every failure
     * @param retryMaxMillis longest wait between retries
     * @param replacementWaitMillis how long a batch waits for a sink that left (bundle update) to come back
     * @param deadLetterFile where events a sink rejects as invalid are appended as JSON lines; null: nowhere
     * @param inFlightBatches batches an asynchronous sink may hold before reporting them durable
     * @param inFlightEvents events it may hold so (a larger single batch still goes alone)
     */
    record Sinks(long retryInitialMillis, long retryMaxMillis, long replacementWaitMillis, Path deadLetterFile,
            int inFlightBatches, long inFlightEvents) {
        Sinks {
            require(retryInitialMillis >= 1, "sink.retry.initial.ms must be at least 1");
            require(retryMaxMillis >= retryInitialMillis, "sink.retry.max.ms must be at least sink.retry.initial.ms");
            require(replacementWaitMillis >= 0, "sink.replacement.wait.ms must not be negative");
            require(inFlightBatches >= 1, "sink.inflight.batches must be at least 1");
            require(inFlightEvents >= 1, "sink.inflight.events must be at least 1");
        }

        /** With the default in-flight bounds (1024 batches, 200,000 events), for callers that set no others. */
        Sinks(long retryInitialMillis, long retryMaxMillis, long replacementWaitMillis, Path deadLetterFile) {
            this(retryInitialMillis, retryMaxMillis, replacementWaitMillis, deadLetterFile, 1024, 200_000);
        }
    }

    PipelineSettings {
        require(scaleIntervalMillis >= 10, "scale.interval.ms must be at least 10");
    }

    static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException("Invalid " + KernelConfig.PID + " configuration: " + message);
        }
    }

    static PipelineSettings from(KernelConfig c) {
        int cap = c.queue_capacity();
        int batch = c.batch_size();
        int up = c.scale_up_ticks();
        int down = c.scale_down_ticks();
        String dlq = c.dead_letter_file().isBlank() ? null : c.dead_letter_file();
        Path deadLetter = dlq == null ? null : Path.of(System.getProperty("karaf.data", "data")).resolve(dlq);
        return new PipelineSettings(
                new StageSettings("parse", cap, c.parse_workers_min(), c.parse_workers_max(), batch, up, down),
                new StageSettings("enrich", cap, c.enrich_workers_min(), c.enrich_workers_max(), batch, up, down),
                new StageSettings("output", cap, c.output_workers_min(), c.output_workers_max(), batch, up, down),
                // Alerts are few; two workers keep one slow alert sink from holding up the rest.
                new StageSettings("alert", cap, 1, 2, batch, up, down),
                c.scale_interval_ms(),
                new Parsers(c.origin_cache_size(), c.parser_grace_ms(), c.parser_timeout_ms(), c.startup_wait_ms()),
                new Sinks(c.sink_retry_initial_ms(), c.sink_retry_max_ms(), c.sink_replacement_wait_ms(), deadLetter,
                        c.sink_inflight_batches(), c.sink_inflight_events()));
    }
}
