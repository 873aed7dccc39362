package io.usiem.kernel.internal;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bounded blocking queue that also moves whole batches under one lock: a stage hands the events of a
 * batch to the next stage with one lock round-trip and at most one wake-up, instead of one per event.
 * ({@link java.util.concurrent.ArrayBlockingQueue} has no bulk put.)
 */
final class BatchQueue<T> {
    private final Object[] items;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    private int head;
    private int count;
    private boolean closed;

    BatchQueue(int capacity) {
        this.items = new Object[capacity];
    }

    int capacity() {
        return items.length;
    }

    int size() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }

    boolean isEmpty() {
        return size() == 0;
    }

    private void enqueue(T item) {
        items[(head + count) % items.length] = item;
        count++;
    }

    /**
     * Refuses every later put and wakes the producers waiting for room, so that none waits forever on a
     * stage that stopped. Items already queued can still be taken.
     */
    void close() {
        lock.lock();
        try {
            closed = true;
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
    }

    boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits while full.
     *
     * @return false when the queue is closed: the item was not queued
     */
    boolean put(T item) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (count == items.length && !closed) {
                notFull.await();
            }
            if (closed) {
                return false;
            }
            enqueue(item);
            notEmpty.signal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Puts every item in order, waiting for room as often as needed.
     *
     * @return how many were queued: all of them, or fewer when the queue was closed or the thread was
     *     interrupted while waiting (the interrupt flag is then set again, for the caller to act on)
     */
    int putAll(List<T> batch) {
        int i = 0;
        int n = batch.size();
        while (i < n) {
            try {
                lock.lockInterruptibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return i;
            }
            try {
                if (closed) {
                    return i;
                }
                while (count == items.length) {
                    if (closed) {
                        return i;
                    }
                    try {
                        notFull.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return i;
                    }
                }
                while (i < n && count < items.length) {
                    enqueue(batch.get(i++));
                }
                // Several consumers may be waiting; wake them all when a batch arrives.
                notEmpty.signalAll();
            } finally {
                lock.unlock();
            }
        }
        return n;
    }

    boolean offer(T item) {
        lock.lock();
        try {
            if (count == items.length || closed) {
                return false;
            }
            enqueue(item);
            notEmpty.signal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits up to the timeout for at least one item, then takes up to {@code max} into {@code out}.
     *
     * @return the number taken (0 on timeout)
     */
    int pollBatch(List<T> out, int max, long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (count == 0) {
                if (nanos <= 0) {
                    return 0;
                }
                nanos = notEmpty.awaitNanos(nanos);
            }
            return takeLocked(out, max);
        } finally {
            lock.unlock();
        }
    }

    /** Takes everything queued, without waiting. */
    int drainTo(List<T> out) {
        lock.lock();
        try {
            return takeLocked(out, Integer.MAX_VALUE);
        } finally {
            lock.unlock();
        }
    }

    @SuppressWarnings("unchecked")
    private int takeLocked(List<T> out, int max) {
        int n = Math.min(max, count);
        for (int k = 0; k < n; k++) {
            out.add((T) items[head]);
            items[head] = null;
            head = (head + 1) % items.length;
        }
        count -= n;
        if (n > 0) {
            notFull.signalAll();
        }
        return n;
    }
}
