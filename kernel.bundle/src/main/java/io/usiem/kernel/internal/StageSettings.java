package io.usiem.kernel.internal;

/**
 * How one stage runs: its queue, its worker pool and when the pool grows or shrinks.
 *
 * @param name the stage's name in status output and drop reasons
 * @param queueCapacity bound of the stage's queue, in items
 * @param minWorkers workers the stage always keeps
 * @param maxWorkers workers it may grow to while congested
 * @param batchSize most items a worker takes at once
 * @param scaleUpTicks consecutive checks at least half full before a worker is added
 * @param scaleDownTicks consecutive checks empty before a worker is retired
 */
record StageSettings(String name, int queueCapacity, int minWorkers, int maxWorkers, int batchSize, int scaleUpTicks,
        int scaleDownTicks) {
    StageSettings {
        PipelineSettings.require(queueCapacity >= 16, "queue.capacity must be at least 16, was " + queueCapacity);
        PipelineSettings.require(minWorkers >= 1 && maxWorkers >= minWorkers,
                name + ".workers: need 1 <= min <= max, was " + minWorkers + ".." + maxWorkers);
        PipelineSettings.require(batchSize >= 1, "batch.size must be at least 1");
        PipelineSettings.require(scaleUpTicks >= 1 && scaleDownTicks >= 1, "scale ticks must be at least 1");
    }
}
