package io.usiem.kernel.internal;

import java.util.List;

/** The work of a stage, applied to a batch taken from its queue. */
@FunctionalInterface
interface StageHandler<T> {
    /**
     * @param batch items in queue order; the list is reused after the call returns
     * @throws InterruptedException if interrupted while handing results to the next stage
     */
    void handle(List<T> batch) throws InterruptedException;
}
