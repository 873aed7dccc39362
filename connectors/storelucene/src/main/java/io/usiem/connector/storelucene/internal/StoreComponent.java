package io.usiem.connector.storelucene.internal;

import io.usiem.api.alert.Alert;
import io.usiem.api.alert.AlertSink;
import io.usiem.api.event.Event;
import io.usiem.api.search.Aggregation;
import io.usiem.api.search.AggregationResult;
import io.usiem.api.search.AlertSearch;
import io.usiem.api.search.AlertSearchResult;
import io.usiem.api.search.CallerContext;
import io.usiem.api.search.EventSearch;
import io.usiem.api.search.Query;
import io.usiem.api.search.SearchRequest;
import io.usiem.api.search.SearchResult;
import io.usiem.api.search.TimeRange;
import io.usiem.api.sink.AsyncEventSink;
import io.usiem.api.sink.EventSink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store as OSGi services: an asynchronous event sink (a batch is reported durable by the group commit
 * that covers it, so the kernel's journal commit point follows the store without its output waiting), an alert sink, and event and alert search. Timers refresh readers
 * (near-real-time search) and apply retention.
 */
@Component(service = {EventSink.class, AlertSink.class, EventSearch.class, AlertSearch.class},
        configurationPid = StoreConfig.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = StoreConfig.class)
public final class StoreComponent implements AsyncEventSink, AlertSink, EventSearch, AlertSearch {
    private static final Logger LOG = LoggerFactory.getLogger(StoreComponent.class);

    private final String name;
    private final LuceneStore store;
    private final ScheduledExecutorService timers;

    /** @param config the store's configuration; a bad value or an unusable directory fails activation */
    @Activate
    public StoreComponent(StoreConfig config) {
        this.name = config.name();
        StoreSettings s = StoreSettings.of(config, Path.of(System.getProperty("karaf.data", "data")));
        try {
            this.store = new LuceneStore(s, StoreComponent::nowNanos);
        } catch (IOException e) {
            throw new UncheckedIOException("io.usiem.connector.storelucene: cannot open the store in " + s.directory(), e);
        }
        this.timers = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "usiem-store-timers");
            t.setDaemon(true);
            return t;
        });
        timers.scheduleWithFixedDelay(() -> run("refresh", store::refresh), s.refreshIntervalMillis(),
                s.refreshIntervalMillis(), TimeUnit.MILLISECONDS);
        timers.scheduleWithFixedDelay(() -> run("retention", store::maintain), 0, 1, TimeUnit.MINUTES);
        LOG.info("Lucene store {} in {} ({} h partitions, retention {} days / {} bytes, commit every {} ms or {} events)",
                name, s.directory(), s.partitionHours(), s.retentionDays(), s.retentionBytes(), s.commitIntervalMillis(),
                s.commitDocs());
    }

    private interface Task {
        void run() throws IOException;
    }

    private static void run(String what, Task task) {
        try {
            task.run();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Store {} failed", what, e);
        }
    }

    static long nowNanos() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** Stops the timers, commits what is waiting and closes the indexes. */
    @Deactivate
    public void deactivate() throws IOException, InterruptedException {
        timers.shutdownNow();
        timers.awaitTermination(10, TimeUnit.SECONDS);
        store.close();
    }

    @Override
    public String name() {
        return name;
    }

    /** Indexes the batch on the kernel's output worker; the group commit reports it durable. */
    @Override
    public CompletionStage<Void> writeAsync(List<Event> events) throws IOException {
        return store.writeAsync(events);
    }

    @Override
    public void accept(Alert alert) throws IOException, InterruptedException {
        store.write(alert);
    }

    @Override
    public SearchResult search(CallerContext caller, SearchRequest request) {
        return store.search(caller, request);
    }

    @Override
    public long count(CallerContext caller, Query query, TimeRange timeRange) {
        return store.count(caller, query, timeRange);
    }

    @Override
    public AggregationResult aggregate(CallerContext caller, Query query, TimeRange timeRange, Aggregation aggregation) {
        return store.aggregate(caller, query, timeRange, aggregation);
    }

    @Override
    public AlertSearchResult searchAlerts(CallerContext caller, SearchRequest request) {
        return store.searchAlerts(caller, request);
    }
}
