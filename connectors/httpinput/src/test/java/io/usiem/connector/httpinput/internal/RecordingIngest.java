package io.usiem.connector.httpinput.internal;

import io.usiem.api.input.EventIngest;
import io.usiem.api.input.IngestInterruptedException;
import io.usiem.api.parser.RawLog;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/** An {@link EventIngest} that keeps what it got; it can play a full journal, a slow fsync or a stopping kernel. */
final class RecordingIngest implements EventIngest {
    final List<RawLog> lines = new CopyOnWriteArrayList<>();
    /** A full journal: ingestAllAsync waits for room (as the kernel does) until interrupted. */
    volatile boolean full;
    volatile boolean stopping;
    /** The journal's file failed: the kernel says so with an IllegalStateException caused by the IOException. */
    volatile boolean journalFailed;
    /** Calls waiting in a full journal now. */
    final java.util.concurrent.atomic.AtomicInteger waiting = new java.util.concurrent.atomic.AtomicInteger();
    /** When set, runs are durable only when the test completes them (a journal syncing slowly, or failing). */
    volatile boolean hold;
    /** When set, only this many lines of the next run are taken (the kernel began stopping mid-run). */
    volatile int acceptOnly = -1;
    final List<CompletableFuture<Integer>> held = new CopyOnWriteArrayList<>();
    private final List<Integer> heldSizes = new CopyOnWriteArrayList<>();
    private final CountDownLatch room = new CountDownLatch(1);

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
    public CompletableFuture<Integer> ingestAllAsync(List<RawLog> raws) throws IngestInterruptedException {
        check();
        if (full) {
            waiting.incrementAndGet();
            try {
                room.await();
            } catch (InterruptedException e) {
                throw new IngestInterruptedException(0);
            } finally {
                waiting.decrementAndGet();
            }
        }
        int n = acceptOnly >= 0 ? Math.min(acceptOnly, raws.size()) : raws.size();
        lines.addAll(raws.subList(0, n));
        if (!hold) {
            return CompletableFuture.completedFuture(n);
        }
        CompletableFuture<Integer> done = new CompletableFuture<>();
        held.add(done);
        heldSizes.add(n);
        return done;
    }

    @Override
    public boolean tryIngest(RawLog raw) {
        check();
        lines.add(raw);
        return true;
    }

    private void check() {
        if (stopping) {
            throw new IllegalStateException("stopping");
        }
        if (journalFailed) {
            throw new IllegalStateException("The uSIEM journal failed", new java.io.IOException("disk gone"));
        }
    }

    /** The journal has room again: every waiting call goes on. */
    void makeRoom() {
        full = false;
        room.countDown();
    }

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
