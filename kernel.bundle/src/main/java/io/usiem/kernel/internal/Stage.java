package io.usiem.kernel.internal;

import io.usiem.api.kernel.StageStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pipeline stage: a bounded queue and a pool of worker threads that take batches from it. The pool
 * grows while the queue stays congested and shrinks while it stays empty; {@link #adjust()} makes that
 * decision and is called at a fixed interval by the kernel (or directly by tests).
 */
final class Stage<T> {
    private static final Logger LOG = LoggerFactory.getLogger(Stage.class);
    private static final long POLL_MILLIS = 100;

    private final String name;
    private final BatchQueue<T> queue;
    private final int capacity;
    private final StageHandler<T> handler;
    private final DropCounters drops;
    private final int minWorkers;
    private final int maxWorkers;
    private final int batchSize;
    private final int upTicks;
    private final int downTicks;
    private final List<Worker> workers = new CopyOnWriteArrayList<>();
    private final AtomicInteger retireRequests = new AtomicInteger();
    private final AtomicInteger busy = new AtomicInteger();
    private final LongAdder processed = new LongAdder();
    private final AtomicInteger nextWorkerId = new AtomicInteger();
    /** Workers stuck in a call that does not return (a hung parser); each is replaced and not counted. */
    private final AtomicInteger stuck = new AtomicInteger();
    private volatile boolean running;
    private int congestedTicks;
    private int idleTicks;
    private long lastProcessed;
    private long lastTickNanos;
    private volatile double perSecond;

    Stage(String name, int capacity, int minWorkers, int maxWorkers, int batchSize, int upTicks, int downTicks,
            StageHandler<T> handler, DropCounters drops) {
        this.name = name;
        this.drops = drops;
        this.capacity = capacity;
        this.queue = new BatchQueue<>(capacity);
        this.minWorkers = minWorkers;
        this.maxWorkers = maxWorkers;
        this.batchSize = batchSize;
        this.upTicks = upTicks;
        this.downTicks = downTicks;
        this.handler = handler;
    }

    String name() {
        return name;
    }

    synchronized void start() {
        running = true;
        lastTickNanos = System.nanoTime();
        while (workers.size() < minWorkers) {
            addWorker();
        }
    }

    /** Blocks while the queue is full. */
    void put(T item) throws InterruptedException {
        queue.put(item);
    }

    /**
     * Blocks until every item is queued; one lock round-trip per run of items that fits.
     *
     * @throws InterruptedException when interrupted while waiting; the items not queued are counted as
     *     dropped (reason {@code interrupted:<stage>}), so nothing disappears uncounted
     */
    void putAll(List<T> items) throws InterruptedException {
        int queued = putAllUntilInterrupted(items);
        if (queued < items.size()) {
            drops.add("interrupted:" + name, items.size() - queued);
            throw new InterruptedException("interrupted while handing items to stage " + name);
        }
    }

    /**
     * @return how many were queued, in order: all, or fewer when interrupted while waiting (the interrupt
     *     is consumed; the caller still owns the rest)
     */
    int putAllUntilInterrupted(List<T> items) {
        int queued = queue.putAll(items);
        if (queued < items.size()) {
            Thread.interrupted();
        }
        return queued;
    }

    boolean offer(T item) {
        return queue.offer(item);
    }

    int depth() {
        return queue.size();
    }

    int workerCount() {
        return workers.size();
    }

    long processed() {
        return processed.sum();
    }

    /** @return whether nothing is queued and no worker is inside the handler */
    boolean isIdle() {
        return queue.isEmpty() && busy.get() == 0;
    }

    /** One scaling decision; also updates the rate shown in status. */
    synchronized void adjust() {
        long now = System.nanoTime();
        long done = processed.sum();
        long elapsed = now - lastTickNanos;
        if (elapsed > 0) {
            perSecond = (done - lastProcessed) * 1e9 / elapsed;
        }
        lastProcessed = done;
        lastTickNanos = now;
        if (!running) {
            return;
        }
        int depth = queue.size();
        congestedTicks = depth * 2 >= capacity ? congestedTicks + 1 : 0;
        idleTicks = depth == 0 ? idleTicks + 1 : 0;
        int active = workers.size() - retireRequests.get() - stuck.get();
        if (congestedTicks >= upTicks && active < maxWorkers) {
            congestedTicks = 0;
            if (retireRequests.get() > 0) {
                retireRequests.decrementAndGet();
            } else {
                addWorker();
            }
            LOG.info("Stage {} congested ({} of {} queued): now {} workers", name, depth, capacity, active + 1);
        } else if (idleTicks >= downTicks && active > minWorkers) {
            idleTicks = 0;
            retireRequests.incrementAndGet();
            LOG.debug("Stage {} idle: retiring a worker", name);
        }
    }

    /** A worker is stuck in a call: start a replacement so the stage keeps its capacity. */
    synchronized void workerStuck() {
        stuck.incrementAndGet();
        if (running) {
            addWorker();
        }
        LOG.warn("Stage {}: a worker is stuck; started a replacement", name);
    }

    /** A stuck worker came back; the idle check retires the surplus. */
    void workerRecovered() {
        stuck.decrementAndGet();
    }

    int stuckWorkers() {
        return stuck.get();
    }

    private void addWorker() {
        Worker w = new Worker("usiem-" + name + "-" + nextWorkerId.incrementAndGet());
        workers.add(w);
        w.start();
    }

    /**
     * Stops taking new work after the queue has drained or the timeout passed.
     *
     * @return items left in the queue (not processed)
     */
    int stop(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!isIdle() && System.currentTimeMillis() < deadline) {
            synchronized (this) {
                wait(20);
            }
        }
        running = false;
        for (Worker w : workers) {
            w.join(Math.max(1, deadline - System.currentTimeMillis()) + POLL_MILLIS * 2);
            if (w.isAlive()) {
                w.interrupt();
            }
        }
        List<T> left = new ArrayList<>();
        queue.drainTo(left);
        drops.add("shutdown:" + name, left.size());
        return left.size();
    }

    StageStatus status() {
        return new StageStatus(name, queue.size(), capacity, workers.size(), minWorkers, maxWorkers, processed.sum(), perSecond);
    }

    private boolean shouldRetire() {
        while (true) {
            int r = retireRequests.get();
            if (r == 0 || workers.size() - stuck.get() <= minWorkers) {
                return false;
            }
            if (retireRequests.compareAndSet(r, r - 1)) {
                return true;
            }
        }
    }

    private final class Worker extends Thread {
        Worker(String threadName) {
            super(threadName);
            setDaemon(true);
        }

        @Override
        public void run() {
            List<T> batch = new ArrayList<>(batchSize);
            try {
                while (running || !queue.isEmpty()) {
                    if (queue.pollBatch(batch, batchSize, POLL_MILLIS, TimeUnit.MILLISECONDS) == 0) {
                        if (shouldRetire()) {
                            break;
                        }
                        continue;
                    }
                    // stop() joins the workers, so the moment between taking and counting busy is harmless.
                    busy.incrementAndGet();
                    try {
                        handler.handle(batch);
                        processed.add(batch.size());
                    } catch (RuntimeException e) {
                        // The handler guards each item; reaching here is a kernel bug. Keep the worker alive.
                        LOG.error("Stage {} failed on a batch of {}", name, batch.size(), e);
                        drops.add("stage_failure:" + name, batch.size());
                    } finally {
                        batch.clear();
                        busy.decrementAndGet();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                workers.remove(this);
            }
        }
    }
}
