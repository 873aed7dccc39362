package io.usiem.kernel.internal;

import io.usiem.api.alert.AlertSink;
import io.usiem.api.alert.Detector;
import io.usiem.api.enrich.Enricher;
import io.usiem.api.input.EventIngest;
import io.usiem.kernel.internal.journal.Journal;
import io.usiem.kernel.internal.journal.JournalConfig;
import io.usiem.kernel.internal.journal.SegmentJournal;
import io.usiem.api.input.IngestInterruptedException;
import io.usiem.api.kernel.DryRun;
import io.usiem.api.kernel.ParserStatus;
import io.usiem.api.kernel.Pipeline;
import io.usiem.api.kernel.PipelineStatus;
import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.ParserMetadata;
import io.usiem.api.parser.RawLog;
import io.usiem.api.sink.EventSink;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kernel as an OSGi component: provides {@link EventIngest} and {@link Pipeline}, and tracks
 * parsers, enrichers, sinks, detectors and alert sinks on the service registry (whiteboard).
 */
@Component(service = {EventIngest.class, Pipeline.class}, immediate = true, configurationPid = KernelConfig.PID)
@Designate(ocd = KernelConfig.class)
public final class KernelComponent implements EventIngest, Pipeline {
    private static final Logger LOG = LoggerFactory.getLogger(KernelComponent.class);
    private static final long DRAIN_MILLIS = 10_000;

    private final Plugins plugins;
    private final Journal journal;
    private final PipelineEngine engine;

    /**
     * @param config the kernel configuration; invalid values, or a journal directory that cannot be used,
     *     fail activation with the reason
     * @throws IOException when the journal cannot be opened
     */
    private final InputTracker inputTracker;

    @Activate
    public KernelComponent(KernelConfig config, BundleContext context) throws IOException {
        PipelineSettings settings = PipelineSettings.from(config);
        JournalConfig journalConfig = KernelJournal.config(config);
        this.plugins = Plugins.create(settings.parsers());
        this.journal = SegmentJournal.open(journalConfig);
        this.engine = new PipelineEngine(settings, plugins, journal);
        engine.start();
        // Inputs by a tracker opened once the kernel runs, not a DS reference: see InputTracker.
        this.inputTracker = new InputTracker(context, plugins.inputs());
        inputTracker.open();
        LOG.info("uSIEM kernel started; journal {} (fsync {}), replaying from position {}", journalConfig.directory(),
                journal.fsyncMode(), journal.commitPoint());
    }

    @Deactivate
    void deactivate() {
        inputTracker.close();
        engine.stop(DRAIN_MILLIS);
        try {
            journal.close();
        } catch (IOException e) {
            LOG.error("The journal did not close cleanly; the next start replays from the last saved commit point", e);
        }
        LOG.info("uSIEM kernel stopped");
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addParser(LogParser parser, ServiceReference<LogParser> ref) {
        ParserMetadata metadata;
        try {
            metadata = parser.metadata();
        } catch (RuntimeException e) {
            LOG.error("Parser service {} from {} has no valid metadata; ignored", serviceId(ref), bundleName(ref), e);
            return;
        }
        Bundle b = ref.getBundle();
        String version = b == null ? "?" : b.getVersion().toString();
        plugins.parsers().add(new ParserEntry(parser, metadata, bundleName(ref), version, ranking(ref), serviceId(ref)));
    }

    void removeParser(ServiceReference<LogParser> ref) {
        plugins.parsers().remove(serviceId(ref));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addEnricher(Enricher enricher, ServiceReference<Enricher> ref) {
        plugins.enrichers().add(enricher, ranking(ref), serviceId(ref));
    }

    void removeEnricher(ServiceReference<Enricher> ref) {
        plugins.enrichers().remove(serviceId(ref));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSink(EventSink sink, ServiceReference<EventSink> ref) {
        plugins.sinks().add(sink, ranking(ref), serviceId(ref));
    }

    void removeSink(ServiceReference<EventSink> ref) {
        plugins.sinks().remove(serviceId(ref));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addDetector(Detector detector, ServiceReference<Detector> ref) {
        plugins.detectors().add(detector, ranking(ref), serviceId(ref));
    }

    void removeDetector(ServiceReference<Detector> ref) {
        plugins.detectors().remove(serviceId(ref));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addAlertSink(AlertSink sink, ServiceReference<AlertSink> ref) {
        plugins.alertSinks().add(sink, ranking(ref), serviceId(ref));
    }

    void removeAlertSink(ServiceReference<AlertSink> ref) {
        plugins.alertSinks().remove(serviceId(ref));
    }

    private static int ranking(ServiceReference<?> ref) {
        Object r = ref.getProperty(Constants.SERVICE_RANKING);
        return r instanceof Integer ? (Integer) r : 0;
    }

    private static long serviceId(ServiceReference<?> ref) {
        return (Long) ref.getProperty(Constants.SERVICE_ID);
    }

    private static String bundleName(ServiceReference<?> ref) {
        Bundle b = ref.getBundle();
        return b == null ? "?" : b.getSymbolicName();
    }

    @Override
    public void ingest(RawLog raw) throws InterruptedException {
        engine.ingest(raw);
    }

    @Override
    public int ingestAll(List<RawLog> raws) throws IngestInterruptedException {
        return engine.ingestAll(raws);
    }

    @Override
    public CompletableFuture<Integer> ingestAllAsync(List<RawLog> raws) throws IngestInterruptedException {
        return engine.ingestAllAsync(raws);
    }

    @Override
    public boolean tryIngest(RawLog raw) {
        return engine.tryIngest(raw);
    }

    @Override
    public PipelineStatus status() {
        return engine.status();
    }

    @Override
    public List<ParserStatus> parsers() {
        return engine.parsers();
    }

    @Override
    public DryRun dryRun(RawLog raw) {
        return engine.dryRun(raw);
    }
}
