package io.usiem.connector.datasets.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.usiem.api.dataset.Dataset;
import io.usiem.api.dataset.DatasetKind;
import io.usiem.api.dataset.DatasetRegistry;
import io.usiem.api.dataset.DatasetWriter;

/**
 * Owns the datasets: creation from definitions, writes, imports, feed refreshes and persistence.
 * Free of OSGi so tests drive it directly; {@link DatasetsComponent} schedules its periodic work.
 */
public final class DatasetManager implements DatasetRegistry, DatasetWriter {
    private static final Logger LOG = LoggerFactory.getLogger(DatasetManager.class);

    private final Path dir;
    private final LongSupplier clock;
    private final HttpClient http;
    private final Map<String, StoredDataset> datasets = new ConcurrentHashMap<>();
    private final Map<String, Feed> feeds = new ConcurrentHashMap<>();

    /** A dataset's feed: its definition, fetcher and when it is due. */
    static final class Feed {
        final Definition def;
        final FeedFetcher fetcher;
        volatile long nextDue;

        Feed(Definition def, FeedFetcher fetcher) {
            this.def = def;
            this.fetcher = fetcher;
        }
    }

    DatasetManager(Path dir, LongSupplier clock) {
        this.dir = dir;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    Path directory() {
        return dir;
    }

    /** Loads every persisted dataset; definitions applied later keep the loaded entries. */
    void loadAll() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*" + DatasetFile.SUFFIX)) {
            for (Path p : ds) {
                try {
                    DatasetFile.Content c = DatasetFile.read(p);
                    StoredDataset d = newDataset(c.name(), c.kind());
                    d.tenant(c.tenant());
                    d.defaultTtlMillis(c.ttl());
                    d.restore(c.entries(), c.updated(), c.source());
                    d.status("loaded from disk");
                    datasets.put(c.name(), d);
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Dataset file {} not loaded: {}", p, e.toString());
                }
            }
        }
    }

    private StoredDataset newDataset(String name, DatasetKind kind) {
        return switch (kind) {
            case IP_SET -> new IpSetDataset(name, clock);
            case IP_MAP -> new IpMapDataset(name, clock);
            case CIDR_SET -> new CidrDataset(name, clock);
            case TEXT_SET -> new TextSetDataset(name, clock);
            case TEXT_MAP -> new TextMapDataset(name, clock);
            case TEXT_LIST_MAP -> new TextListMapDataset(name, clock);
        };
    }

    /** Creates a dataset or applies a new definition to an existing one of the same kind. */
    StoredDataset define(Definition def) {
        StoredDataset d = datasets.compute(def.name(), (n, old) -> {
            if (old != null && old.kind() == def.kind()) {
                return old;
            }
            if (old != null) {
                LOG.warn("Dataset {} changes kind from {} to {}: its entries are dropped", n, old.kind(), def.kind());
            }
            return newDataset(n, def.kind());
        });
        d.defaultTtlMillis(def.ttlMillis());
        d.tenant(def.tenant());
        if (d instanceof TextKeyed t) {
            t.caseSensitive(def.caseSensitive());
        }
        if (def.source().isBlank()) {
            feeds.remove(def.name());
        } else {
            d.source(def.source());
            feeds.put(def.name(), new Feed(def, new FeedFetcher(http, def.source())));
        }
        return d;
    }

    /** @return whether the dataset existed */
    boolean delete(String name, boolean deleteFile) throws IOException {
        feeds.remove(name);
        StoredDataset d = datasets.remove(name);
        if (d != null) {
            // Enrichers hold the datasets they resolved for a few seconds between lookups by name: emptied, the
            // removed one stops matching at once instead of tagging events after it was removed.
            d.clear();
        }
        if (deleteFile) {
            Files.deleteIfExists(dir.resolve(name + DatasetFile.SUFFIX));
        }
        return d != null;
    }

    /** Forgets a definition's feed but keeps the data (a configuration removed while running). */
    void undefine(String name) {
        feeds.remove(name);
    }

    @Override
    public Optional<Dataset> find(String name) {
        return Optional.ofNullable(datasets.get(name));
    }

    @Nullable StoredDataset get(String name) {
        return datasets.get(name);
    }

    @Override
    public List<Dataset> all() {
        List<Dataset> l = new ArrayList<>(datasets.values());
        l.sort(Comparator.comparing(Dataset::name));
        return l;
    }

    /** Batched: visible to readers after the next flush (at most ~100 ms with the component's flusher). */
    @Override
    public boolean put(String dataset, String key, @Nullable String value, long ttlMillis) {
        StoredDataset d = datasets.get(dataset);
        return d != null && d.enqueue(StoredDataset.Change.put(key, value, ttlMillis));
    }

    /** Immediate (it says whether something was removed), after the queued writes. */
    @Override
    public boolean remove(String dataset, String key) {
        StoredDataset d = datasets.get(dataset);
        if (d == null) {
            return false;
        }
        d.flush();
        return d.apply(List.of(StoredDataset.Change.remove(key))) > 0;
    }

    /** Publishes every dataset's queued writes. */
    void flushAll() {
        for (StoredDataset d : datasets.values()) {
            d.flush();
        }
    }

    /** Writes a batch now (after the queued writes). @return how many changes were accepted */
    int apply(String dataset, List<StoredDataset.Change> changes) {
        StoredDataset d = datasets.get(dataset);
        if (d == null) {
            throw new IllegalArgumentException("no dataset " + dataset);
        }
        d.flush();
        return d.apply(changes);
    }

    /** Imports a file or URL once, adding to (not replacing) the dataset. @return entries accepted */
    int importOnce(String name, String source, FeedFormat format, ImportOptions options) throws IOException, InterruptedException {
        StoredDataset d = datasets.get(name);
        if (d == null) {
            throw new IllegalArgumentException("no dataset " + name);
        }
        List<StoredDataset.Change> changes = new ArrayList<>();
        new FeedFetcher(http, source).fetch(in -> changes.addAll(Importer.read(format, options, in)));
        int n = d.apply(changes);
        d.status("imported " + n + " of " + changes.size() + " from " + source + " at " + Instant.ofEpochMilli(clock.getAsLong()));
        return n;
    }

    /** Refreshes the feeds that are due (all when {@code force}). */
    void refreshDue(boolean force) {
        long now = clock.getAsLong();
        for (Map.Entry<String, Feed> e : feeds.entrySet()) {
            Feed f = e.getValue();
            if (force || now >= f.nextDue) {
                boolean ok = refresh(e.getKey(), f);
                long every = f.def.refreshSeconds() > 0 ? f.def.refreshSeconds() * 1000 : Long.MAX_VALUE / 2;
                // a failed fetch is retried within five minutes, not after a whole (maybe daily) interval
                f.nextDue = now + (ok ? every : Math.min(every, 300_000L));
            }
        }
    }

    /** Fetches one feed now. @return false when the dataset has no feed */
    boolean refresh(String name) {
        Feed f = feeds.get(name);
        if (f == null) {
            return false;
        }
        refresh(name, f);
        return true;
    }

    /** @return false when the fetch failed */
    private boolean refresh(String name, Feed f) {
        StoredDataset d = datasets.get(name);
        if (d == null) {
            return true;
        }
        long now = clock.getAsLong();
        try {
            List<StoredDataset.Change> changes = new ArrayList<>();
            boolean changed = f.fetcher.fetch((InputStream in) -> changes.addAll(Importer.read(f.def.format(), f.def.options(), in)));
            if (changed) {
                int n = d.replaceAll(changes, now);
                d.status("ok: " + n + " entries from " + f.def.source() + " at " + Instant.ofEpochMilli(now));
            } else {
                d.status("ok: not modified at " + Instant.ofEpochMilli(now) + ", " + d.size() + " entries");
            }
            return true;
        } catch (IOException | RuntimeException e) {
            d.status("FAILED at " + Instant.ofEpochMilli(now) + ": " + e.getMessage() + "; keeping " + d.size()
                    + " entries of " + (d.lastUpdatedMillis() == 0 ? "never" : Instant.ofEpochMilli(d.lastUpdatedMillis())));
            LOG.warn("Dataset {} feed {} failed, last good data kept: {}", name, f.def.source(), e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Drops expired entries everywhere. */
    void purgeExpired() {
        for (StoredDataset d : datasets.values()) {
            d.purgeExpired();
        }
    }

    /** Writes the datasets changed since their last write (queued writes first). */
    void persistDirty() {
        flushAll();
        for (StoredDataset d : datasets.values()) {
            if (d.dirty()) {
                d.clean();
                try {
                    DatasetFile.write(dir, d);
                } catch (IOException e) {
                    LOG.warn("Dataset {} not persisted to {}: {}", d.name(), dir, e.toString());
                }
            }
        }
    }
}
