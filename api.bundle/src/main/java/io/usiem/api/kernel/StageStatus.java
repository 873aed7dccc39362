package io.usiem.api.kernel;

/**
 * Snapshot of one stage.
 *
 * @param name stage name (parse, enrich, output, alert)
 * @param queueDepth items waiting
 * @param queueCapacity bound of the queue
 * @param workers workers running now
 * @param minWorkers configured minimum
 * @param maxWorkers configured maximum
 * @param processed items processed since start
 * @param perSecond items per second over the last interval
 */
public record StageStatus(String name, int queueDepth, int queueCapacity, int workers, int minWorkers, int maxWorkers,
        long processed, double perSecond) {
}
