package io.usiem.enricher.neverseen.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.LongSupplier;

import io.usiem.api.event.IpAddress;

/**
 * Two generations of {@link SeenTable}: an address is known when either holds it, and each sighting
 * adds it to the current one. When the current generation is full or older than half the TTL it
 * becomes the previous one and a fresh table starts, so memory is bounded and an address unseen for
 * between TTL/2 and TTL is forgotten. Saved as {@code seen.bin} (version 1, written atomically).
 */
final class SeenState {
    private static final int MAGIC = 0x55534E53; // "USNS"
    private static final int VERSION = 1;

    private final int capacity;
    private final long ttlMillis;
    private final LongSupplier clock;
    private volatile Generations gens;

    private record Generations(SeenTable current, SeenTable previous) {
    }

    SeenState(int capacity, long ttlMillis, LongSupplier clock) {
        this.capacity = capacity;
        this.ttlMillis = ttlMillis;
        this.clock = clock;
        long now = clock.getAsLong();
        this.gens = new Generations(new SeenTable(capacity, now), new SeenTable(16, now));
    }

    /** @return true when the address was not known (and is now) */
    boolean firstSight(IpAddress ip) {
        long hi = ip.isV4() ? 0L : ip.high();
        long lo = ip.isV4() ? 0x0000_FFFF_0000_0000L | (ip.v4() & 0xFFFF_FFFFL) : ip.low();
        long fp = SeenTable.fingerprint(hi, lo);
        Generations g = gens;
        boolean added = g.current.add(fp);
        return added && !g.previous.contains(fp);
    }

    /** Rotates when the current generation is full or old; called by the maintenance thread. @return whether it rotated */
    boolean maybeRotate() {
        Generations g = gens;
        long now = clock.getAsLong();
        if (g.current.count() >= capacity || now - g.current.createdMillis >= ttlMillis / 2) {
            gens = new Generations(new SeenTable(capacity, now), g.current);
            return true;
        }
        return false;
    }

    int size() {
        Generations g = gens;
        return g.current.count() + g.previous.count();
    }

    void save(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Generations g = gens;
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            for (SeenTable t : new SeenTable[] {g.current, g.previous}) {
                out.writeLong(t.createdMillis);
                out.writeInt(t.count());
                int[] written = {0};
                int limit = t.count();
                t.forEach(fp -> {
                    // inserts racing with the save are not in the count; keep the file self-consistent
                    if (written[0] < limit) {
                        try {
                            out.writeLong(fp);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        written[0]++;
                    }
                });
                for (int i = written[0]; i < limit; i++) {
                    out.writeLong(1L);
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** @return whether saved state was loaded */
    boolean load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException(file + " is not never-seen state of version " + VERSION);
            }
            SeenTable[] t = new SeenTable[2];
            for (int k = 0; k < 2; k++) {
                long created = in.readLong();
                int n = in.readInt();
                t[k] = new SeenTable(Math.max(capacity, n), created);
                for (int i = 0; i < n; i++) {
                    t[k].add(in.readLong());
                }
            }
            gens = new Generations(t[0], t[1]);
            return true;
        }
    }
}
