package io.usiem.connector.sysloginput.internal;

import io.usiem.api.input.EventIngest;
import io.usiem.api.parser.RawLog;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** An {@link EventIngest} that keeps what it got; it can play a full journal or a stopping kernel. */
final class RecordingIngest implements EventIngest {
    final List<RawLog> lines = new CopyOnWriteArrayList<>();
    volatile boolean full;
    volatile boolean stopping;
    /** When set, runs complete only when the test completes them (a journal syncing slowly, or failing). */
    volatile boolean hold;
    final List<CompletableFuture<Integer>> held = new CopyOnWriteArrayList<>();
    private final List<Integer> heldSizes = new CopyOnWriteArrayList<>();
    /** Runs handed over while an earlier run was not yet durable: must stay 0 (one run in flight per connection). */
    final java.util.concurrent.atomic.AtomicInteger overlapping = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public void ingest(RawLog raw) {
        check();
        lines.add(raw);
    }

    @Override
    public int ingestAll(List<RawLog> raws) {
        check();
        lines.addAll(raws);
        return raws.size();
    }

    @Override
    public CompletableFuture<Integer> ingestAllAsync(List<RawLog> raws) {
        check();
        if (held.stream().anyMatch(f -> !f.isDone())) {
            overlapping.incrementAndGet();
        }
        lines.addAll(raws);
        if (!hold) {
            return CompletableFuture.completedFuture(raws.size());
        }
        CompletableFuture<Integer> done = new CompletableFuture<>();
        held.add(done);
        heldSizes.add(raws.size());
        return done;
    }

    @Override
    public boolean tryIngest(RawLog raw) {
        check();
        if (udpGate != null) {
            try {
                udpGate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (full) {
            return false;
        }
        lines.add(raw);
        return true;
    }

    private void check() {
        if (stopping) {
            throw new IllegalStateException("stopping");
        }
    }

    /** When set, tryIngest waits on it: a UDP listener that cannot read, so the OS buffer overflows. */
    volatile java.util.concurrent.CountDownLatch udpGate;

    /** Makes every held run durable (all its lines accepted). */
    void releaseAll() {
        for (int i = 0; i < held.size(); i++) {
            held.get(i).complete(heldSizes.get(i));
        }
    }

    List<String> originals() {
        return lines.stream().map(RawLog::original).toList();
    }
}
