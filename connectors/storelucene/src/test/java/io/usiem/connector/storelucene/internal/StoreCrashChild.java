package io.usiem.connector.storelucene.internal;

import io.usiem.api.event.Event;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child JVM of {@link StoreCrashTest}: indexes batches of 200 events with sequences from {@code args[1]} on,
 * printing {@code ACK <last sequence>} after each batch the store acknowledged, until it is killed.
 */
public final class StoreCrashChild {
    private StoreCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long seq = Long.parseLong(args[1]);
        LuceneStore store = new LuceneStore(StoreCrashTest.settings(dir), StoreComponent::nowNanos);
        while (true) {
            List<Event> batch = new ArrayList<>();
            for (int i = 0; i < 200; i++, seq++) {
                batch.add(StoreCrashTest.event(seq));
            }
            store.write(batch);
            System.out.println("ACK " + (seq - 1));
            System.out.flush();
        }
    }

}
