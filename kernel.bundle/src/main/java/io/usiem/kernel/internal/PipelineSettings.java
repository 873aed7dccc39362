package io.usiem.kernel.internal;

/** Validated pipeline settings, built from {@link KernelConfig} or directly in tests. */
record PipelineSettings(int queueCapacity, int parseMin, int parseMax, int enrichMin, int enrichMax, int outputMin,
        int outputMax, int batchSize, long scaleIntervalMillis, int scaleUpTicks, int scaleDownTicks, int sinkAttempts,
        int originCacheSize, long parserGraceMillis, long parserTimeoutMillis) {

    PipelineSettings {
        require(queueCapacity >= 16, "queue.capacity must be at least 16, was " + queueCapacity);
        require(parseMin >= 1 && parseMax >= parseMin, "parse.workers: need 1 <= min <= max, was " + parseMin + ".." + parseMax);
        require(enrichMin >= 1 && enrichMax >= enrichMin, "enrich.workers: need 1 <= min <= max, was " + enrichMin + ".." + enrichMax);
        require(outputMin >= 1 && outputMax >= outputMin, "output.workers: need 1 <= min <= max, was " + outputMin + ".." + outputMax);
        require(batchSize >= 1, "batch.size must be at least 1");
        require(scaleIntervalMillis >= 10, "scale.interval.ms must be at least 10");
        require(scaleUpTicks >= 1 && scaleDownTicks >= 1, "scale ticks must be at least 1");
        require(sinkAttempts >= 1, "sink.attempts must be at least 1");
        require(originCacheSize >= 16, "origin.cache.size must be at least 16");
        require(parserGraceMillis >= 0, "parser.grace.ms must not be negative");
        require(parserTimeoutMillis >= 10, "parser.timeout.ms must be at least 10");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException("Invalid " + KernelConfig.PID + " configuration: " + message);
        }
    }

    static PipelineSettings from(KernelConfig c) {
        return new PipelineSettings(c.queue_capacity(), c.parse_workers_min(), c.parse_workers_max(), c.enrich_workers_min(),
                c.enrich_workers_max(), c.output_workers_min(), c.output_workers_max(), c.batch_size(), c.scale_interval_ms(),
                c.scale_up_ticks(), c.scale_down_ticks(), c.sink_attempts(), c.origin_cache_size(), c.parser_grace_ms(),
                c.parser_timeout_ms());
    }

    static PipelineSettings defaults() {
        return new PipelineSettings(8192, 1, 4, 1, 4, 1, 4, 256, 500, 2, 20, 3, 65536, 5000, 2000);
    }
}
