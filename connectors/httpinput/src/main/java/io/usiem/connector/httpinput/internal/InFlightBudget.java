package io.usiem.connector.httpinput.internal;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The request bytes a listener holds at once, decompressed, from the moment a request is whole until it is answered
 * (its body, its parsed lines, waiting for the journal). Past {@code max.inflight.bytes} a request is answered 429 at
 * once, as Elasticsearch's in-flight requests circuit breaker does, so memory stays bounded however many shippers send.
 */
final class InFlightBudget {
    private final long max;
    private final AtomicLong used = new AtomicLong();

    InFlightBudget(long max) {
        this.max = max;
    }

    boolean tryAcquire(long bytes) {
        while (true) {
            long now = used.get();
            if (now + bytes > max && now > 0) {
                return false; // one request alone may always pass (max.body.bytes is at most the budget)
            }
            if (used.compareAndSet(now, now + bytes)) {
                return true;
            }
        }
    }

    void release(long bytes) {
        used.addAndGet(-bytes);
    }
}
