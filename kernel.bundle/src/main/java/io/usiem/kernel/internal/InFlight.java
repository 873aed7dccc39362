package io.usiem.kernel.internal;

/**
 * The batches one asynchronous sink holds without having reported them durable, bounded in number and in events.
 * A full window makes the output worker wait, so a sink that commits slowly (or is failing and retried) slows the
 * pipeline down to its pace: back-pressure, as a synchronous write gives by blocking. A batch larger than the
 * event bound still goes when the window is empty. The wait never uses interrupts; {@link #giveUp()} ends it.
 */
final class InFlight {
    private final int maxBatches;
    private final long maxEvents;
    private int batches;
    private long events;
    private boolean givingUp;

    InFlight(int maxBatches, long maxEvents) {
        this.maxBatches = maxBatches;
        this.maxEvents = maxEvents;
    }

    /**
     * Waits for room for a batch and takes it.
     *
     * @param size the batch's events
     * @return false when told to give up (shutdown): nothing was taken
     */
    synchronized boolean acquire(int size) {
        while (!givingUp && batches > 0 && (batches >= maxBatches || events + size > maxEvents)) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        if (givingUp) {
            return false;
        }
        batches++;
        events += size;
        return true;
    }

    /** A batch taken by {@link #acquire} is done with (durable, rejected, or given up). */
    synchronized void release(int size) {
        batches--;
        events -= size;
        notifyAll();
    }

    /** @return whether no batch is in flight; waits for that until the deadline ({@link System#nanoTime()}) */
    synchronized boolean awaitEmpty(long deadlineNanos) {
        long left;
        while (batches > 0 && (left = deadlineNanos - System.nanoTime()) > 0) {
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return batches == 0;
    }

    /** @return batches in flight now */
    synchronized int batches() {
        return batches;
    }

    /** Ends every wait for room (shutdown). */
    synchronized void giveUp() {
        givingUp = true;
        notifyAll();
    }
}
