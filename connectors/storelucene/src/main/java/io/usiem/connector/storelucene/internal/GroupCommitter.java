package io.usiem.connector.storelucene.internal;

import java.io.IOException;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit: writers add their documents, take a ticket and wait until a Lucene commit covers it; one thread
 * commits for all of them. It commits when the waiting writers hold {@code commitDocs} documents, or when the
 * oldest has waited {@code intervalNanos}, so a busy store commits large groups and a quiet one acknowledges
 * within the interval. Commit number {@code n} covers every document added before a writer took ticket
 * {@code n}.
 */
final class GroupCommitter implements AutoCloseable {
    /** Commits the dirty indexes; throws when any commit failed. */
    interface CommitAction {
        void commitAll() throws IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitter.class);
    private static final int FAILURES_KEPT = 1024;

    private final CommitAction action;
    private final long intervalNanos;
    private final long commitDocs;
    private final LongSupplier nanoTime;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final Condition committed = lock.newCondition();
    private final TreeMap<Long, IOException> failures = new TreeMap<>();
    private final Thread thread;
    private long started;
    private long completed;
    private long waitingDocs;
    /** Writers waiting for the next commit to start (those of a started commit are no longer counted). */
    private int waiters;
    private long oldestWaitNanos;
    private boolean closing;

    GroupCommitter(String name, CommitAction action, long intervalNanos, long commitDocs, LongSupplier nanoTime) {
        this.action = action;
        this.intervalNanos = intervalNanos;
        this.commitDocs = commitDocs;
        this.nanoTime = nanoTime;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Waits until the documents this writer has added are committed.
     *
     * @param docs how many it added, which counts towards an early commit
     * @throws IOException when the commit covering them failed
     * @throws InterruptedException when interrupted while waiting (the documents may still be committed later)
     */
    void awaitCommit(int docs) throws IOException, InterruptedException {
        lock.lock();
        try {
            long ticket = started + 1;
            if (waiters++ == 0) {
                oldestWaitNanos = nanoTime.getAsLong();
            }
            waitingDocs += docs;
            work.signal();
            while (completed < ticket) {
                if (!thread.isAlive()) {
                    throw new IOException("store closed before the commit");
                }
                committed.await(1, TimeUnit.SECONDS);
            }
            IOException failed = failures.get(ticket);
            if (failed != null) {
                throw new IOException("commit failed: " + failed.getMessage(), failed);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Asks for a commit covering what was added, without waiting for it: it starts when the documents waiting
     * reach {@code commitDocs} or the oldest request has waited the interval, like a waiting writer's.
     *
     * @param docs how many documents were added
     */
    void requestCommit(int docs) {
        lock.lock();
        try {
            if (waiters++ == 0) {
                oldestWaitNanos = nanoTime.getAsLong();
            }
            waitingDocs += docs;
            work.signal();
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        while (true) {
            long ticket;
            lock.lock();
            try {
                while (!closing && !due()) {
                    long wait = waiters == 0 ? intervalNanos : intervalNanos - (nanoTime.getAsLong() - oldestWaitNanos);
                    work.awaitNanos(Math.max(wait, 1_000_000L));
                }
                if (closing && waiters == 0) {
                    return;
                }
                ticket = ++started;
                waitingDocs = 0;
                waiters = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                lock.unlock();
            }
            IOException failure = null;
            try {
                action.commitAll();
            } catch (IOException | RuntimeException e) {
                failure = e instanceof IOException io ? io : new IOException(e);
                LOG.error("Lucene commit failed; the events of this commit are not acknowledged", e);
            }
            lock.lock();
            try {
                completed = ticket;
                if (failure != null) {
                    failures.put(ticket, failure);
                    while (failures.size() > FAILURES_KEPT) {
                        failures.pollFirstEntry();
                    }
                }
                committed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** Called under the lock. */
    private boolean due() {
        return waiters > 0 && (waitingDocs >= commitDocs || nanoTime.getAsLong() - oldestWaitNanos >= intervalNanos);
    }

    /** Commits what is waiting, then stops the thread. */
    @Override
    public void close() throws InterruptedException {
        lock.lock();
        try {
            closing = true;
            work.signalAll();
        } finally {
            lock.unlock();
        }
        thread.join(TimeUnit.SECONDS.toMillis(60));
    }
}
