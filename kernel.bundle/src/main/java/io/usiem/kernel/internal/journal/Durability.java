package io.usiem.kernel.internal.journal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;

/**
 * The durable position and the callers waiting for it: blocked threads and completions are released by the
 * fsync that covers their position. A failed fsync fails every waiter, now and later (after a failed fsync the
 * kernel may have dropped the dirty pages, so nothing written since can be trusted).
 */
final class Durability {
    private record Waiter(long position, CompletableFuture<Void> future) {
    }

    private final Object monitor = new Object();
    private final PriorityQueue<Waiter> waiters = new PriorityQueue<>((a, b) -> Long.compare(a.position, b.position));
    private volatile long durable;
    private volatile IOException failure;

    Durability(long durable) {
        this.durable = durable;
    }

    /** @return the first position not yet durable */
    long position() {
        return durable;
    }

    /** Every record below {@code position} is now durable. */
    void advance(long position) {
        if (position <= durable) {
            return;
        }
        List<Waiter> done = null;
        synchronized (monitor) {
            if (position <= durable) {
                return;
            }
            durable = position;
            monitor.notifyAll();
            while (!waiters.isEmpty() && waiters.peek().position < position) {
                if (done == null) {
                    done = new ArrayList<>();
                }
                done.add(waiters.poll());
            }
        }
        if (done != null) {
            done.forEach(w -> w.future.complete(null));
        }
    }

    void fail(IOException cause) {
        List<Waiter> failed;
        synchronized (monitor) {
            if (failure == null) {
                failure = cause;
            }
            monitor.notifyAll();
            failed = new ArrayList<>(waiters);
            waiters.clear();
        }
        failed.forEach(w -> w.future.completeExceptionally(failure));
    }

    void await(long position) throws InterruptedException, IOException {
        if (position < durable) {
            return;
        }
        synchronized (monitor) {
            while (position >= durable) {
                throwIfFailed();
                monitor.wait();
            }
        }
    }

    CompletableFuture<Void> when(long position) {
        if (position < durable) {
            return CompletableFuture.completedFuture(null);
        }
        synchronized (monitor) {
            if (position < durable) {
                return CompletableFuture.completedFuture(null);
            }
            if (failure != null) {
                return CompletableFuture.failedFuture(new IOException("journal not durable", failure));
            }
            CompletableFuture<Void> future = new CompletableFuture<>();
            waiters.add(new Waiter(position, future));
            return future;
        }
    }

    void throwIfFailed() throws IOException {
        IOException cause = failure;
        if (cause != null) {
            throw new IOException("journal failed: " + cause.getMessage(), cause);
        }
    }
}
