package io.usiem.connector.datasets.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.usiem.api.dataset.Dataset;
import io.usiem.api.dataset.DatasetRegistry;
import io.usiem.api.dataset.DatasetWriter;

/**
 * The dataset service: loads persisted datasets, registers {@link DatasetRegistry} and
 * {@link DatasetWriter}, and runs feed refreshes, expiry and persistence on one scheduler thread.
 */
@Component(configurationPid = "io.usiem.connector.datasets", immediate = true,
        service = {DatasetRegistry.class, DatasetWriter.class, DatasetsComponent.class})
@Designate(ocd = DatasetsConfig.class)
public final class DatasetsComponent implements DatasetRegistry, DatasetWriter {
    private static final Logger LOG = LoggerFactory.getLogger(DatasetsComponent.class);

    private final DatasetManager manager;
    private final ScheduledExecutorService scheduler;

    @Activate
    public DatasetsComponent(DatasetsConfig config) throws IOException {
        String d = config.directory().isBlank()
                ? System.getProperty("karaf.data", "data") + "/usiem/datasets" : config.directory();
        if (config.persist_interval_seconds() < 1) {
            throw new IllegalArgumentException("persist.interval.seconds must be >= 1, was " + config.persist_interval_seconds());
        }
        this.manager = new DatasetManager(Path.of(d), System::currentTimeMillis);
        manager.loadAll();
        // two threads: a slow feed download must not hold back the 100 ms flush of queued writes
        this.scheduler = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "usiem-datasets");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(() -> guard(manager::flushAll), 100, 100, TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(() -> guard(() -> manager.refreshDue(false)), 1, 1, TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(() -> guard(manager::purgeExpired), 60, 60, TimeUnit.SECONDS);
        int every = config.persist_interval_seconds();
        scheduler.scheduleWithFixedDelay(() -> guard(manager::persistDirty), every, every, TimeUnit.SECONDS);
        LOG.info("Datasets in {}: {} loaded", d, manager.all().size());
    }

    private static void guard(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.warn("Dataset maintenance failed", e);
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        scheduler.shutdownNow();
        scheduler.awaitTermination(10, TimeUnit.SECONDS);
        manager.persistDirty();
    }

    public DatasetManager manager() {
        return manager;
    }

    @Override
    public Optional<Dataset> find(String name) {
        return manager.find(name);
    }

    @Override
    public List<Dataset> all() {
        return manager.all();
    }

    @Override
    public boolean put(String dataset, String key, @Nullable String value, long ttlMillis) {
        return manager.put(dataset, key, value, ttlMillis);
    }

    @Override
    public boolean remove(String dataset, String key) {
        return manager.remove(dataset, key);
    }
}
