package io.usiem.itests;

import io.usiem.api.event.Event;
import io.usiem.api.sink.EventSink;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A sink registered by a test that keeps the events whose raw line contains the test's token, by raw line, so a
 * test finds exactly its own events among everything else the distribution processes.
 */
final class TokenSink implements EventSink {
    private final String token;
    private final Map<String, Event> byRaw = new ConcurrentHashMap<>();

    TokenSink(String token) {
        this.token = token;
    }

    @Override
    public String name() {
        return "itest-token-sink";
    }

    @Override
    public void write(List<Event> batch) {
        boolean any = false;
        for (Event e : batch) {
            if (e.raw().contains(token)) {
                byRaw.put(e.raw(), e);
                any = true;
            }
        }
        if (any) {
            synchronized (this) {
                notifyAll();
            }
        }
    }

    int size() {
        return byRaw.size();
    }

    /** Waits on the sink's monitor, signalled by every write of one of the token's events. */
    synchronized Event await(String raw, long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!byRaw.containsKey(raw)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return byRaw.get(raw);
    }
}
