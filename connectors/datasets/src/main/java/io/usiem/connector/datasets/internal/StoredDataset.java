package io.usiem.connector.datasets.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

import io.usiem.api.dataset.Dataset;
import io.usiem.api.dataset.DatasetKind;

/**
 * A dataset: writers change a master map under this object's lock and publish a new immutable
 * read structure through a volatile field (copy-on-write, one rebuild per batch); readers only
 * dereference that field, so lookups never block. Subclasses give the kind's key rules and lookups.
 */
abstract class StoredDataset implements Dataset {
    private final String name;
    private final DatasetKind kind;
    private final Map<String, Entry> master = new LinkedHashMap<>();
    protected final LongSupplier clock;
    private volatile long defaultTtlMillis;
    private volatile String source;
    private volatile @Nullable String tenant;
    private volatile long lastUpdated;
    private volatile boolean dirty;
    private volatile String status = "ok";
    private final java.util.concurrent.ConcurrentLinkedQueue<Change> pending = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.concurrent.atomic.AtomicInteger pendingCount = new java.util.concurrent.atomic.AtomicInteger();
    /** Queued writes beyond which the writer itself publishes, so a burst does not wait for the flusher. */
    static final int FLUSH_AT = 10_000;

    StoredDataset(String name, DatasetKind kind, LongSupplier clock) {
        this.name = name;
        this.kind = kind;
        this.clock = clock;
        this.source = "manual";
    }

    /** @return the canonical key for this kind, or null when the text is not a valid key */
    abstract @Nullable String canonical(String key);

    /** Builds and publishes the read structure from the live entries. */
    abstract void publish(List<Entry> entries);

    /** @return the number of entries in the published snapshot */
    @Override
    public abstract long size();

    @Override
    public String name() {
        return name;
    }

    @Override
    public DatasetKind kind() {
        return kind;
    }

    @Override
    public long lastUpdatedMillis() {
        return lastUpdated;
    }

    @Override
    public String source() {
        return source;
    }

    void source(String s) {
        this.source = s;
    }

    @Override
    public @Nullable String tenant() {
        return tenant;
    }

    void tenant(@Nullable String t) {
        this.tenant = t == null || t.isBlank() ? null : t;
    }

    long defaultTtlMillis() {
        return defaultTtlMillis;
    }

    void defaultTtlMillis(long ttl) {
        this.defaultTtlMillis = Math.max(0, ttl);
    }

    /** @return a one-line status of the last feed refresh or write */
    String status() {
        return status;
    }

    void status(String s) {
        this.status = s;
    }

    boolean dirty() {
        return dirty;
    }

    void clean() {
        dirty = false;
    }

    /** @return a value stored for the kind from the given text (lists for list maps) */
    @Nullable Object valueFor(@Nullable String value, @Nullable Entry previous) {
        return value;
    }

    private long expiry(long ttlMillis, long now) {
        long ttl = ttlMillis > 0 ? ttlMillis : defaultTtlMillis;
        return ttl > 0 ? now + ttl : Entry.NEVER;
    }

    /** Applies a batch of changes and publishes one new snapshot. @return how many were accepted */
    synchronized int apply(List<Change> changes) {
        long now = clock.getAsLong();
        int accepted = 0;
        for (Change c : changes) {
            String key = canonical(c.key());
            if (key == null) {
                continue;
            }
            if (c.remove()) {
                accepted += master.remove(key) != null ? 1 : 0;
            } else {
                master.put(key, new Entry(key, valueFor(c.value(), master.get(key)), expiry(c.ttlMillis(), now)));
                accepted++;
            }
        }
        if (accepted > 0) {
            republish(now);
        }
        return accepted;
    }

    /**
     * Queues a write for the next batch (the flusher publishes every 100 ms, or the writer at {@link #FLUSH_AT}):
     * many single writes cost one snapshot rebuild, not one each. @return false when the key is not valid here
     */
    boolean enqueue(Change c) {
        if (canonical(c.key()) == null) {
            return false;
        }
        pending.add(c);
        if (pendingCount.incrementAndGet() >= FLUSH_AT) {
            flush();
        }
        return true;
    }

    /** Publishes the queued writes as one batch. @return how many were applied */
    int flush() {
        if (pending.isEmpty()) {
            return 0;
        }
        List<Change> batch = new ArrayList<>();
        Change c;
        while ((c = pending.poll()) != null) {
            batch.add(c);
        }
        pendingCount.addAndGet(-batch.size());
        return batch.isEmpty() ? 0 : apply(batch);
    }

    /** Replaces every entry (a feed refresh). @return how many keys were valid */
    synchronized int replaceAll(Collection<Change> changes, long now) {
        master.clear();
        for (Change c : changes) {
            String key = canonical(c.key());
            if (key != null) {
                master.put(key, new Entry(key, valueFor(c.value(), master.get(key)), expiry(c.ttlMillis(), now)));
            }
        }
        republish(now);
        return master.size();
    }

    /** Empties the dataset and publishes the empty snapshot (it is being removed). */
    synchronized void clear() {
        master.clear();
        publish(List.of());
        this.lastUpdated = clock.getAsLong();
    }

    /** Restores persisted entries as they were, dropping those already expired. */
    synchronized void restore(List<Entry> entries, long updated, String src) {
        long now = clock.getAsLong();
        master.clear();
        for (Entry e : entries) {
            if (!e.expired(now)) {
                master.put(e.key(), e);
            }
        }
        publish(new ArrayList<>(master.values()));
        this.lastUpdated = updated;
        this.source = src;
    }

    /** Drops expired entries. @return how many were dropped */
    synchronized int purgeExpired() {
        long now = clock.getAsLong();
        int before = master.size();
        master.values().removeIf(e -> e.expired(now));
        int dropped = before - master.size();
        if (dropped > 0) {
            republish(now);
        }
        return dropped;
    }

    synchronized List<Entry> entries() {
        return new ArrayList<>(master.values());
    }

    private void republish(long now) {
        publish(new ArrayList<>(master.values()));
        lastUpdated = now;
        dirty = true;
    }

    /** One write: put (value may be null) or remove. */
    record Change(String key, @Nullable String value, long ttlMillis, boolean remove) {
        static Change put(String key, @Nullable String value, long ttlMillis) {
            return new Change(key, value, ttlMillis, false);
        }

        static Change remove(String key) {
            return new Change(key, null, 0, true);
        }
    }
}
