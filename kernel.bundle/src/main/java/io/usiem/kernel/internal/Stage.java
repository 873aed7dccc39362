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
 *
 * <p>Workers are never interrupted: they may be inside a plug-in call, and an interrupt there breaks the
 * plug-in for good (a {@code FileChannel} closes on interrupt). A worker that does not finish in time at
 * {@link #stop} is abandoned instead: its batch is counted as left and its late results are discarded.
 */
final class Stage<T> {
    private static final Logger LOG = LoggerFactory.getLogger(Stage.class);
    private static final long POLL_MILLIS = 100;

    private final StageSettings settings;
    private final String name;
    private final BatchQueue<T> queue;
    private final StageHandler<T> handler;
    private final DropCounters drops;
    private final List<StageWorker> workers = new CopyOnWriteArrayList<>();
    private final AtomicInteger busy = new AtomicInteger();
    private final LongAdder processed = new LongAdder();
    private final AtomicInteger nextWorkerId = new AtomicInteger();
    /** Workers stuck in a call that does not return (a hung parser); each is replaced and not counted. */
    private final AtomicInteger stuck = new AtomicInteger();
    // Guarded by this.
    private int retireRequests;
    private volatile boolean running;
    private int congestedTicks;
    private int idleTicks;
    private long lastProcessed;
    private long lastTickNanos;
    private volatile double perSecond;

    Stage(StageSettings settings, StageHandler<T> handler, DropCounters drops) {
        this.settings = settings;
        this.name = settings.name();
        this.drops = drops;
        this.queue = new BatchQueue<>(settings.queueCapacity());
        this.handler = handler;
    }

    String name() {
        return name;
    }

    synchronized void start() {
        running = true;
        lastTickNanos = System.nanoTime();
        while (workers.size() < settings.minWorkers()) {
            addWorker(null);
        }
    }

    /**
     * Blocks while the queue is full.
     *
     * @return false when the stage has stopped taking items (the item was not queued)
     */
    boolean put(T item) throws InterruptedException {
        return queue.put(item);
    }

    /**
     * Hands the results of an upstream batch to this stage, blocking until every item is queued. Items this
     * stage refuses because it stopped are counted as dropped ({@code shutdown:<stage>}); results of an
     * upstream worker that was abandoned are discarded, as they were counted when it was abandoned.
     *
     * @throws InterruptedException when interrupted while waiting; the items not queued are counted as
     *     dropped (reason {@code interrupted:<stage>}), so nothing disappears uncounted
     */
    void putAll(List<T> items) throws InterruptedException {
        if (!StageWorker.mayHandOn()) {
            return;
        }
        int queued = queue.putAll(items);
        if (queued < items.size()) {
            if (Thread.interrupted()) {
                drops.add("interrupted:" + name, items.size() - queued);
                throw new InterruptedException("interrupted while handing items to stage " + name);
            }
            drops.add("shutdown:" + name, items.size() - queued);
        }
    }

    /**
     * @return how many were queued, in order: all, or fewer when the stage stopped or the caller was
     *     interrupted while waiting (the interrupt is kept; the caller still owns the rest)
     */
    int putAllUntilRefused(List<T> items) {
        return queue.putAll(items);
    }

    boolean offer(T item) {
        return queue.offer(item);
    }

    boolean isClosed() {
        return queue.isClosed();
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
        congestedTicks = depth * 2 >= settings.queueCapacity() ? congestedTicks + 1 : 0;
        idleTicks = depth == 0 ? idleTicks + 1 : 0;
        int active = workers.size() - retireRequests - stuck.get();
        if (congestedTicks >= settings.scaleUpTicks() && active < settings.maxWorkers()) {
            congestedTicks = 0;
            if (retireRequests > 0) {
                retireRequests--;
            } else {
                addWorker(null);
            }
            LOG.info("Stage {} congested ({} of {} queued): now {} workers", name, depth, settings.queueCapacity(),
                    active + 1);
        } else if (idleTicks >= settings.scaleDownTicks() && active > settings.minWorkers()) {
            idleTicks = 0;
            retireRequests++;
            LOG.debug("Stage {} idle: retiring a worker", name);
        }
    }

    /**
     * A worker is stuck in a call: start a replacement so the stage keeps its capacity.
     *
     * @param handover the stuck worker's remaining work, run by the replacement first; null for none
     */
    synchronized void workerStuck(StageWorker.Task handover) {
        stuck.incrementAndGet();
        addWorker(handover);
        LOG.warn("Stage {}: a worker is stuck; started a replacement", name);
    }

    /** A stuck worker came back; the idle check retires the surplus. */
    void workerRecovered() {
        stuck.decrementAndGet();
    }

    private void addWorker(StageWorker.Task first) {
        StageWorker w = new StageWorker("usiem-" + name + "-" + nextWorkerId.incrementAndGet(), self -> {
            if (first != null) {
                runHandover(self, first);
            }
            work(self);
        });
        workers.add(w);
        w.start();
    }

    /**
     * Closes the queue (waiting producers are woken and told), lets the workers drain it until the timeout,
     * then abandons the workers still busy: their batches and what is still queued are counted as dropped
     * ({@code shutdown:<stage>}) and returned. Once the journal holds every line these stay in it.
     *
     * @param atDeadline run when the timeout passed with work left (tells plug-in retries to give up)
     * @return items left unprocessed
     */
    int stop(long timeoutMillis, Runnable atDeadline) throws InterruptedException {
        queue.close();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (this) {
            while (!isIdle() && System.nanoTime() < deadline) {
                wait(20);
            }
            running = false;
        }
        if (!isIdle()) {
            atDeadline.run();
        }
        int left = 0;
        for (StageWorker w : workers) {
            w.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) + POLL_MILLIS * 2);
            if (w.isAlive()) {
                left += w.abandon();
            }
        }
        List<T> rest = new ArrayList<>();
        queue.drainTo(rest);
        left += rest.size();
        drops.add("shutdown:" + name, left);
        if (left > 0) {
            LOG.warn("Stage {} stopped with {} items unprocessed (counted as dropped, reason shutdown:{})", name, left, name);
        }
        return left;
    }

    int stop(long timeoutMillis) throws InterruptedException {
        return stop(timeoutMillis, () -> { });
    }

    StageStatus status() {
        return new StageStatus(name, queue.size(), settings.queueCapacity(), workers.size() - stuck.get(),
                settings.minWorkers(), settings.maxWorkers(), processed.sum(), perSecond);
    }

    /** Decides and records a retirement at once, so two idle workers never both leave below the minimum. */
    private synchronized boolean retire(StageWorker w) {
        if (retireRequests == 0 || workers.size() - stuck.get() <= settings.minWorkers()) {
            return false;
        }
        retireRequests--;
        workers.remove(w);
        return true;
    }

    /** The loop of one worker thread. */
    private void work(StageWorker self) {
        List<T> batch = new ArrayList<>(settings.batchSize());
        try {
            while (running || !queue.isEmpty()) {
                if (queue.pollBatch(batch, settings.batchSize(), POLL_MILLIS, TimeUnit.MILLISECONDS) == 0) {
                    if (retire(self)) {
                        return;
                    }
                    continue;
                }
                // stop() joins the workers, so the moment between taking and counting busy is harmless.
                busy.incrementAndGet();
                self.begin(batch.size());
                try {
                    handler.handle(batch);
                    processed.add(batch.size());
                } catch (RuntimeException | Error e) {
                    // The handler guards each plug-in call; reaching here is a kernel bug or an Error in kernel
                    // code (OutOfMemoryError). Count the batch and keep the worker, or the stage loses capacity.
                    LOG.error("Stage {} failed on a batch of {}", name, batch.size(), e);
                    drops.add("stage_failure:" + name, batch.size());
                } finally {
                    self.end();
                    batch.clear();
                    busy.decrementAndGet();
                }
                if (self.abandoned()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            workers.remove(self);
        }
    }

    /** Runs a stuck worker's handover on its replacement, counted like a batch. */
    private void runHandover(StageWorker self, StageWorker.Task task) {
        busy.incrementAndGet();
        self.begin(1);
        try {
            task.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            LOG.error("Stage {} failed on the work handed over from a stuck worker", name, e);
        } finally {
            self.end();
            busy.decrementAndGet();
        }
    }
}
