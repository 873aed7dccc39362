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
        lines.addAll(raws);
        return CompletableFuture.completedFuture(raws.size());
    }

    @Override
    public boolean tryIngest(RawLog raw) {
        check();
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

    List<String> originals() {
        return lines.stream().map(RawLog::original).toList();
    }
}
