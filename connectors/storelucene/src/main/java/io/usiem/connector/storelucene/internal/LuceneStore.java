package io.usiem.connector.storelucene.internal;

import io.usiem.api.alert.Alert;
import io.usiem.api.codec.EventBinaryCodec;
import io.usiem.api.event.Event;
import io.usiem.api.search.AggregationResult;
import io.usiem.api.search.Aggregation;
import io.usiem.api.search.AlertSearchResult;
import io.usiem.api.search.CallerContext;
import io.usiem.api.search.Query;
import io.usiem.api.search.SearchException;
import io.usiem.api.search.SearchRequest;
import io.usiem.api.search.SearchResult;
import io.usiem.api.search.TimeRange;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store: events indexed into time partitions and acknowledged once committed (group commit), searched,
 * counted and aggregated over the partitions a window touches; alerts in an index of their own. Replayed events
 * that a partition had already committed are skipped. Thread-safe; OSGi-free so tests and benchmarks use it as is.
 */
final class LuceneStore implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(LuceneStore.class);

    private final StoreSettings settings;
    private final LongSupplier clock;
    private final PartitionManager partitions;
    private final Partition alerts;
    private final GroupCommitter committer;
    private final LongAdder skippedReplays = new LongAdder();

    /**
     * @param settings the validated settings
     * @param clock epoch nanoseconds now (reception times decide partitions, retention uses this clock)
     */
    LuceneStore(StoreSettings settings, LongSupplier clock) throws IOException {
        this.settings = settings;
        this.clock = clock;
        this.partitions = new PartitionManager(settings.directory(), settings.periodNanos(), settings.ramBufferMb());
        this.alerts = new Partition("alerts", 0, settings.directory().resolve("alerts"), 16);
        this.committer = new GroupCommitter("usiem-store-commit", this::commitAll,
                TimeUnit.MILLISECONDS.toNanos(settings.commitIntervalMillis()), settings.commitDocs(), System::nanoTime);
    }

    /**
     * Indexes a batch and returns once it is committed; events already committed before a restart are skipped.
     *
     * @throws IOException when indexing or the commit failed: nothing of the batch is acknowledged
     * @throws InterruptedException when interrupted while waiting for the commit
     */
    void write(List<Event> events) throws IOException, InterruptedException {
        try {
            writeAsync(events).get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    /**
     * Indexes a batch on the caller's thread and returns a completion that the next group commit ends; events
     * already committed before a restart are skipped.
     *
     * @return ends once a commit covers the batch; exceptionally (an {@link IOException}) when it failed
     * @throws IOException when indexing failed: nothing of the batch is acknowledged
     */
    CompletableFuture<Void> writeAsync(List<Event> events) throws IOException {
        // one mapper per batch, not per thread: the kernel's threads outlive this bundle, a thread-local would pin it
        DocumentMapper mapper = new DocumentMapper();
        long now = clock.getAsLong();
        int added = 0;
        Partition last = null;
        IndexWriter writer = null;
        for (Event e : events) {
            Partition p = partitions.forReceived(e.receivedNanos());
            if (p != last) {
                writer = p.writer(now);
                last = p;
            }
            if (p.alreadyStored(e.sequence(), e.receivedNanos())) {
                if (skippedReplays.sum() == 0) {
                    LOG.info("Skipping replayed events already stored (first: sequence {})", e.sequence());
                }
                skippedReplays.increment();
                continue;
            }
            writer.addDocument(mapper.toDocument(e));
            added++;
        }
        return added > 0 ? committer.commitLater(added) : CompletableFuture.completedFuture(null);
    }

    /** Stores an alert and returns once it is committed. */
    void write(Alert alert) throws IOException, InterruptedException {
        Document doc = AlertDocuments.toDocument(alert, new DocumentMapper(), new EventBinaryCodec());
        alerts.writer(clock.getAsLong()).addDocument(doc);
        // Not awaitCommit: the kernel hands alerts over one at a time, so waiting for each one's commit let an
        // alert storm (one noisy rule) deliver a handful of alerts a second per worker, back up the alert stage and
        // stall ingestion (found by RuleBundleRedeployIT). Waiting bought nothing: alerts are not part of the
        // journal's commit point (their events are, through the event sinks), so an alert in an uncommitted commit
        // is lost by a crash either way. The commit follows within commit.interval.ms.
        committer.requestCommit(1);
    }

    private void commitAll() throws IOException {
        IOException failure = null;
        List<Partition> all = partitions.all();
        all.add(alerts);
        for (Partition p : all) {
            try {
                p.commit();
            } catch (IOException | RuntimeException e) {
                // the other partitions still commit; the batches waiting on this one are failed by the committer
                IOException io = e instanceof IOException x ? x : new IOException(e);
                if (failure == null) {
                    failure = io;
                } else {
                    failure.addSuppressed(io);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Makes what was added searchable ahead of its commit (the refresh timer calls this). Every refresh of a writer
     * with new documents flushes a segment, so it is skipped when a commit (which refreshes) is already due within
     * the refresh interval, and for a partition a commit refreshed within the interval.
     */
    void refresh() throws IOException {
        if (committer.waiting() && settings.commitIntervalMillis() <= settings.refreshIntervalMillis()) {
            return; // a commit is due within the refresh interval and refreshes what it commits
        }
        long since = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(settings.refreshIntervalMillis());
        for (Partition p : partitions.all()) {
            p.refreshIfOlder(since);
        }
        alerts.refreshIfOlder(since);
    }

    SearchResult search(CallerContext caller, SearchRequest r) {
        long start = System.nanoTime();
        return withSearcher(partitions.all(), r.timeRange(), s -> EventSearcher.events(s,
                EventSearcher.filtered(new QueryTranslator(clock.getAsLong()).translate(r.query()), r.timeRange(), caller),
                r, start), SearchResult.of(List.of(), 0, null, 0));
    }

    long count(CallerContext caller, Query query, TimeRange range) {
        return withSearcher(partitions.all(), range, s -> (long) s.count(
                EventSearcher.filtered(new QueryTranslator(clock.getAsLong()).translate(query), range, caller)), 0L);
    }

    AggregationResult aggregate(CallerContext caller, Query query, TimeRange range, Aggregation a) {
        return withSearcher(partitions.all(), range, s -> Aggregator.run(s,
                EventSearcher.filtered(new QueryTranslator(clock.getAsLong()).translate(query), range, caller), range, a),
                AggregationResult.of(a, 0, List.of(), 0));
    }

    AlertSearchResult searchAlerts(CallerContext caller, SearchRequest r) {
        try {
            // alerts are written without waiting for their commit: an analyst still finds one as soon as it is stored
            alerts.refreshNow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot refresh the alert index", e);
        }
        return withSearcher(List.of(alerts), r.timeRange(), s -> {
            EventSearcher.Page<Alert> p = EventSearcher.page(s,
                    EventSearcher.filtered(new QueryTranslator(clock.getAsLong()).translate(r.query()), r.timeRange(), caller),
                    r.size(), r.cursor(), b -> AlertCodec.decode(b.bytes, b.offset, b.length));
            return AlertSearchResult.of(p.items(), p.total(), p.next());
        }, AlertSearchResult.of(List.of(), 0, null));
    }

    /** A search over the readers of the partitions that hold events of the window. */
    private interface SearchAction<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(List<Partition> candidates, TimeRange range, SearchAction<T> action, T empty) {
        Map<IndexReader, Partition> acquired = new IdentityHashMap<>();
        try {
            List<IndexReader> readers = new ArrayList<>();
            for (Partition p : candidates) {
                IndexReader r = p.acquire();
                if (r == null) {
                    continue;
                }
                acquired.put(r, p);
                if (EventSearcher.overlaps(r, range)) {
                    readers.add(r);
                }
            }
            return readers.isEmpty() ? empty : action.run(EventSearcher.searcher(readers));
        } catch (IOException e) {
            throw new SearchException("search failed: " + e.getMessage(), e);
        } finally {
            for (Map.Entry<IndexReader, Partition> a : acquired.entrySet()) {
                try {
                    a.getValue().release(a.getKey());
                } catch (IOException e) {
                    LOG.warn("Could not release a reader of {}", a.getValue().name(), e);
                }
            }
        }
    }

    /**
     * Drops partitions past the retention, deletes alerts older than the age limit, and closes the writers of
     * partitions no longer written.
     */
    void maintain() throws IOException {
        long now = clock.getAsLong();
        List<Partition> all = partitions.all();
        for (Partition p : settings.retention().expired(all, now, settings.periodNanos(), Partition::sizeOnDisk)) {
            partitions.drop(p);
        }
        long maxAge = settings.retention().maxAgeNanos();
        if (maxAge > 0 && alerts.acquireCount(LongField.newRangeQuery(FieldMapping.TIMESTAMP, Long.MIN_VALUE, now - maxAge)) > 0) {
            alerts.writer(now).deleteDocuments(LongField.newRangeQuery(FieldMapping.TIMESTAMP, Long.MIN_VALUE, now - maxAge));
            alerts.commit();
        }
        for (Partition p : partitions.all()) {
            boolean past = p.startNanos() + 2 * settings.periodNanos() < now;
            if (past && p.writing() && !p.dirty() && now - p.lastWriteNanos() > TimeUnit.MINUTES.toNanos(10)) {
                p.closeWriter();
            }
        }
    }

    /** @return the partitions, oldest first (status output and tests) */
    List<Partition> partitions() {
        return partitions.all();
    }

    /** @return how many replayed events were skipped as already stored */
    long skippedReplays() {
        return skippedReplays.sum();
    }

    /** Commits what is waiting and closes every index. */
    @Override
    public void close() throws IOException {
        try {
            committer.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            partitions.close();
        } finally {
            alerts.close();
        }
    }
}
