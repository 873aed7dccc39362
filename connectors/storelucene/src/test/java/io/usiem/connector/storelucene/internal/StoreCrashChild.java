package io.usiem.connector.storelucene.internal;

import io.usiem.api.event.Event;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The child JVM of {@link StoreCrashTest}: indexes batches of 200 events with sequences from {@code args[1]} on,
 * through the asynchronous path with up to 8 batches awaiting their commit (as the kernel's window holds them),
 * printing {@code ACK <last sequence>} as each batch's completion ends, until it is killed.
 */
public final class StoreCrashChild {
    private StoreCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long seq = Long.parseLong(args[1]);
        LuceneStore store = new LuceneStore(StoreCrashTest.settings(dir), StoreComponent::nowNanos);
        record InFlight(long last, CompletableFuture<Void> done) {
        }
        ArrayDeque<InFlight> window = new ArrayDeque<>();
        while (true) {
            List<Event> batch = new ArrayList<>();
            for (int i = 0; i < 200; i++, seq++) {
                batch.add(StoreCrashTest.event(seq));
            }
            window.add(new InFlight(seq - 1, store.writeAsync(batch)));
            // report every batch whose commit has ended, in order; wait for the oldest when the window is full
            while (!window.isEmpty() && (window.size() >= 8 || window.peekFirst().done().isDone())) {
                InFlight head = window.pollFirst();
                head.done().get();
                System.out.println("ACK " + head.last());
                System.out.flush();
            }
        }
    }

}
