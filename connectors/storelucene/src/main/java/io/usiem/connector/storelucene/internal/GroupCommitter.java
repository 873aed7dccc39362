package io.usiem.connector.storelucene.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
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
 * {@code n}. A writer either waits ({@link #awaitCommit}) or takes a completion ({@link #commitLater}) that the
 * commit thread ends, so its own thread goes on indexing while the commit runs.
 */
final class GroupCommitter implements AutoCloseable {
    /** Commits the dirty indexes; throws when any commit failed. */
    interface CommitAction {
        void commitAll() throws IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitter.class);

    private final CommitAction action;
    private final long intervalNanos;
    private final long commitDocs;
    private final LongSupplier nanoTime;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    /** Completions of writers that did not wait, in ticket order. */
    private final ArrayDeque<Ticketed> later = new ArrayDeque<>();
    private final Thread thread;
    private long started;
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

    private record Ticketed(long ticket, CompletableFuture<Void> done) {
    }

    /**
     * Waits until the documents this writer has added are committed.
     *
     * @param docs how many it added, which counts towards an early commit
     * @throws IOException when the commit covering them failed
     * @throws InterruptedException when interrupted while waiting (the documents may still be committed later)
     */
    void awaitCommit(int docs) throws IOException, InterruptedException {
        try {
            commitLater(docs).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    /**
     * @param docs how many documents this writer added, which counts towards an early commit
     * @return ends when a commit covers them; exceptionally with an {@link IOException} when it failed or the store
     *     closed first
     */
    CompletableFuture<Void> commitLater(int docs) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        lock.lock();
        try {
            if (closing || !thread.isAlive()) {
                done.completeExceptionally(new IOException("store closed before the commit"));
                return done;
            }
            long ticket = started + 1;
            if (waiters++ == 0) {
                oldestWaitNanos = nanoTime.getAsLong();
            }
            waitingDocs += docs;
            later.add(new Ticketed(ticket, done));
            work.signal();
        } finally {
            lock.unlock();
        }
        return done;
    }

    /** Ends the completions a finished commit covers, outside the lock (their callbacks run on this thread). */
    private void complete(long ticket, IOException failure) {
        List<CompletableFuture<Void>> ended = new ArrayList<>();
        lock.lock();
        try {
            while (!later.isEmpty() && later.peekFirst().ticket() <= ticket) {
                ended.add(later.pollFirst().done());
            }
        } finally {
            lock.unlock();
        }
        for (CompletableFuture<Void> f : ended) {
            if (failure == null) {
                f.complete(null);
            } else {
                f.completeExceptionally(new IOException("commit failed: " + failure.getMessage(), failure));
            }
        }
    }

    private void failRemaining() {
        List<CompletableFuture<Void>> ended = new ArrayList<>();
        lock.lock();
        try {
            while (!later.isEmpty()) {
                ended.add(later.pollFirst().done());
            }
        } finally {
            lock.unlock();
        }
        ended.forEach(f -> f.completeExceptionally(new IOException("store closed before the commit")));
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
        try {
            loop();
        } finally {
            failRemaining();
        }
    }

    private void loop() {
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
            complete(ticket, failure);
        }
    }

    /** @return whether batches wait for a commit (one is then due within the commit interval) */
    boolean waiting() {
        lock.lock();
        try {
            return waiters > 0;
        } finally {
            lock.unlock();
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
