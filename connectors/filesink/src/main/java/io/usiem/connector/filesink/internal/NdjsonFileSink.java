package io.usiem.connector.filesink.internal;

import io.usiem.api.event.Event;
import io.usiem.api.sink.EventSink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An event sink that archives every event as one JSON line (the {@code siem:parse} form) in daily files.
 * One instance per factory configuration; a batch is acknowledged once written (and forced to disk
 * when {@code fsync} is on). Events the kernel replays after a crash are written once when their
 * sequence is still in the scanned tail of the archive ({@code dedupe.scan.bytes}).
 */
@Component(service = EventSink.class, configurationPid = FileSinkConfig.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = FileSinkConfig.class, factory = true)
public final class NdjsonFileSink implements EventSink {
    private static final Logger LOG = LoggerFactory.getLogger(NdjsonFileSink.class);

    private final String name;
    private final DailyNdjsonWriter writer;

    /** @param config the archive's configuration; an unusable directory fails activation with the reason */
    @Activate
    public NdjsonFileSink(FileSinkConfig config) {
        this.name = config.name();
        Path dir = config.directory().isBlank()
                ? Path.of(System.getProperty("karaf.data", "data"), "usiem", "events")
                : Path.of(config.directory());
        if (config.retention_days() < 0) {
            throw new IllegalArgumentException("io.usiem.connector.filesink: retention.days must not be negative");
        }
        if (config.dedupe_scan_bytes() < 0) {
            throw new IllegalArgumentException("io.usiem.connector.filesink: dedupe.scan.bytes must not be negative");
        }
        try {
            this.writer = new DailyNdjsonWriter(dir.toAbsolutePath(), config.retention_days(), config.fsync(),
                    config.dedupe_scan_bytes());
            writer.deleteExpired(DailyNdjsonWriter.today());
        } catch (IOException e) {
            throw new UncheckedIOException("io.usiem.connector.filesink: cannot use directory " + dir.toAbsolutePath(), e);
        }
        LOG.info("NDJSON archive {} writes to {} (retention {} days, fsync {}, dedupe scan {} bytes)", name,
                dir.toAbsolutePath(), config.retention_days(), config.fsync(), config.dedupe_scan_bytes());
    }

    @Deactivate
    void deactivate() throws IOException {
        writer.close();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void write(List<Event> events) throws IOException {
        writer.write(events);
    }
}
