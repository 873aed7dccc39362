package io.usiem.kernel.internal;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A stage's worker thread, with the state that lets a stopping stage abandon it without interrupting it:
 * either the worker hands its results on, or the stage counts its batch as left, never both.
 */
final class StageWorker extends Thread {
    /** Work handed to a worker, such as the rest of a stuck worker's batch. */
    @FunctionalInterface
    interface Task {
        void run() throws InterruptedException;
    }

    private static final int IDLE = 0;
    private static final int WORKING = 1;
    private static final int HANDING_ON = 2;
    private static final int ABANDONED = 3;

    private final AtomicInteger state = new AtomicInteger(IDLE);
    private final Consumer<StageWorker> body;
    private volatile int inHand;

    StageWorker(String threadName, Consumer<StageWorker> body) {
        super(threadName);
        this.body = body;
        setDaemon(true);
    }

    @Override
    public void run() {
        body.accept(this);
    }

    void begin(int items) {
        inHand = items;
        state.compareAndSet(IDLE, WORKING);
    }

    void end() {
        inHand = 0;
        int s = state.get();
        if (s != ABANDONED) {
            state.compareAndSet(s, IDLE);
        }
    }

    boolean abandoned() {
        return state.get() == ABANDONED;
    }

    /**
     * Gives up on this worker (it is stuck in a call at shutdown).
     *
     * @return the items it holds that the stage must count: none once it began handing them on
     */
    int abandon() {
        if (state.compareAndSet(WORKING, ABANDONED)) {
            return inHand;
        }
        state.compareAndSet(IDLE, ABANDONED);
        return 0;
    }

    /** @return false when the calling thread is an abandoned worker: its results were counted already */
    static boolean mayHandOn() {
        if (Thread.currentThread() instanceof StageWorker w) {
            return w.state.compareAndSet(WORKING, HANDING_ON) || w.state.get() != ABANDONED;
        }
        return true;
    }
}
