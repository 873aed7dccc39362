package io.usiem.kernel.internal;

import io.usiem.api.alert.Alert;
import io.usiem.api.enrich.Enricher;
import io.usiem.api.event.Event;
import io.usiem.api.input.EventIngest;
import io.usiem.api.input.IngestInterruptedException;
import io.usiem.api.input.Input;
import io.usiem.api.input.InputStats;
import io.usiem.api.kernel.DryRun;
import io.usiem.api.kernel.ParserStatus;
import io.usiem.api.kernel.Pipeline;
import io.usiem.api.kernel.PipelineStatus;
import io.usiem.api.kernel.StageStatus;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event pipeline: parse -> enrich -> output (sinks and detectors) -> alert, each a {@link Stage}
 * with a bounded queue. A full queue blocks the stage before it, so back-pressure reaches the inputs.
 * Every accepted line ends as an event handed to the sinks, or as a drop counted with its reason.
 */
final class PipelineEngine implements EventIngest, Pipeline {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineEngine.class);
    private static final int GRACE_CAPACITY = 65_536;
    private static final long RELEASE_MILLIS = 100;

    private final Plugins plugins;
    private final ParserRegistry parsers;
    private final PipelineSettings settings;
    private final DropCounters drops = new DropCounters();
    private final DropCounters errors = new DropCounters();
    private final AtomicLong sequence;
    private final LongAdder accepted = new LongAdder();
    private final Delivery delivery;
    private final ParseStep parseStep;
    private final Stage<RawLog> parseStage;
    private final Stage<Event> enrichStage;
    private final Stage<Event> outputStage;
    private final Stage<Alert> alertStage;
    private final ParserGrace grace;
    private final ParserWatchdog watchdog;
    private ScheduledExecutorService scaler;
    private volatile boolean accepting;

    PipelineEngine(PipelineSettings s, Plugins plugins) {
        this.settings = s;
        this.plugins = plugins;
        this.parsers = plugins.parsers();
        this.watchdog = parsers.watchdog();
        this.delivery = new Delivery(plugins, s.sinks(), drops, errors);
        this.grace = new ParserGrace(s.parsers().graceMillis(), GRACE_CAPACITY);
        // Sequence numbers stay unique across restarts until the journal issue makes them durable offsets.
        this.sequence = new AtomicLong(System.currentTimeMillis() * 4); // < 2^43: room for the event index bits
        this.alertStage = new Stage<>(s.alert(), delivery::deliverAlerts, drops);
        this.outputStage = new Stage<>(s.output(), this::outputBatch, drops);
        this.enrichStage = new Stage<>(s.enrich(), this::enrichBatch, drops);
        this.parseStep = new ParseStep(parsers, grace, enrichStage, drops, () -> accepting);
        this.parseStage = new Stage<>(s.parse(), parseStep::parseBatch, drops);
        watchdog.listen(this::parserStuck, this::parserRecovered);
    }

    synchronized void start() {
        alertStage.start();
        outputStage.start();
        enrichStage.start();
        parseStage.start();
        scaler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "usiem-scaler");
            t.setDaemon(true);
            return t;
        });
        scaler.scheduleAtFixedRate(guarded(this::adjustStages), settings.scaleIntervalMillis(),
                settings.scaleIntervalMillis(), TimeUnit.MILLISECONDS);
        if (grace.enabled()) {
            scaler.scheduleWithFixedDelay(guarded(this::releaseHeld), RELEASE_MILLIS, RELEASE_MILLIS, TimeUnit.MILLISECONDS);
        }
        scaler.scheduleWithFixedDelay(guarded(() -> watchdog.check(System.nanoTime())), RELEASE_MILLIS, RELEASE_MILLIS,
                TimeUnit.MILLISECONDS);
        accepting = true;
    }

    /**
     * Stops accepting (callers waiting in {@code ingest} are woken with an {@link IllegalStateException}),
     * drains the stages in order, and counts what is left, by stage, as dropped. With the journal those
     * lines stay in it and are processed after the restart.
     *
     * @return the items left unprocessed
     */
    synchronized int stop(long drainMillis) {
        accepting = false;
        try {
            if (scaler != null) {
                scaler.shutdownNow();
                // The parser-wait release must be over before the held lines are taken, or a line goes twice.
                scaler.awaitTermination(drainMillis, TimeUnit.MILLISECONDS);
            }
            // Held lines get their last try while the parse workers still run.
            int left = 0;
            for (RawLog raw : grace.drainForShutdown()) {
                if (!parseStage.put(raw)) {
                    left++;
                    drops.add("shutdown:parser-wait", 1);
                }
            }
            left += parseStage.stop(drainMillis) + enrichStage.stop(drainMillis)
                    + outputStage.stop(drainMillis, delivery::giveUp) + alertStage.stop(drainMillis, delivery::giveUp);
            if (left > 0) {
                LOG.warn("Pipeline stopped with {} items undrained (counted as dropped, reason shutdown:<stage>)", left);
            }
            return left;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** A periodic task that throws is never run again by the executor; keep scaling alive and say why. */
    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                LOG.error("Kernel housekeeping failed; will retry", e);
            }
        };
    }

    private void parserStuck(ParserEntry e, ParserWatchdog.Slot slot) {
        errors.add("parser_stuck:" + e.name(), 1);
        LOG.error("Parser {} ({}) has not returned from a line for {} ms: the line is stored raw and the rest of its "
                + "batch goes to a new worker{}", e.name(), e.bundle, settings.parsers().timeoutMillis(),
                e.quarantined() ? "; quarantined until a stuck call returns" : "");
        ParseClaim claim = slot.claim;
        ParseClaim.Handover h = claim == null ? null : claim.takeOver();
        parseStage.workerStuck(h == null ? null : parseStep.handover(h, e));
    }

    private void parserRecovered(ParserEntry e) {
        parseStage.workerRecovered();
        LOG.warn("Parser {} returned from its stuck call (its result is discarded): no longer quarantined", e.name());
    }

    private void releaseHeld() {
        grace.release(System.nanoTime(), parsers.lastAddedNanos(), parseStage::offer);
    }

    private void adjustStages() {
        parseStage.adjust();
        enrichStage.adjust();
        outputStage.adjust();
        alertStage.adjust();
    }

    // -- EventIngest

    @Override
    public void ingest(RawLog raw) throws InterruptedException {
        requireRunning();
        if (!parseStage.put(raw.withSequence(sequence.incrementAndGet()))) {
            throw stopping("the line was not accepted");
        }
        accepted.increment();
    }

    @Override
    public int ingestAll(List<RawLog> raws) throws IngestInterruptedException {
        requireRunning();
        List<RawLog> numbered = new ArrayList<>(raws.size());
        for (RawLog raw : raws) {
            numbered.add(raw.withSequence(sequence.incrementAndGet()));
        }
        int queued = parseStage.putAllUntilRefused(numbered);
        accepted.add(queued);
        if (queued < numbered.size()) {
            // The lines not queued were not accepted: the caller still holds them.
            if (Thread.interrupted()) {
                throw new IngestInterruptedException(queued);
            }
            if (queued == 0) {
                throw stopping("accepted 0 of " + numbered.size() + " lines");
            }
        }
        return queued;
    }

    @Override
    public boolean tryIngest(RawLog raw) {
        requireRunning();
        if (parseStage.offer(raw.withSequence(sequence.incrementAndGet()))) {
            accepted.increment();
            return true;
        }
        if (parseStage.isClosed()) {
            throw stopping("the line was not accepted");
        }
        drops.add("pipeline_full", 1);
        return false;
    }

    private void requireRunning() {
        if (!accepting) {
            throw stopping("the line was not accepted");
        }
    }

    private static IllegalStateException stopping(String what) {
        return new IllegalStateException("The uSIEM pipeline is not running (stopping or reconfiguring): " + what);
    }

    // -- stages

    private void enrichBatch(List<Event> batch) throws InterruptedException {
        List<Whiteboard.Tracked<Enricher>> list = plugins.enrichers().tracked();
        if (list.isEmpty()) {
            outputStage.putAll(batch);
            return;
        }
        List<Event> out = new ArrayList<>(batch.size());
        for (Event e : batch) {
            for (Whiteboard.Tracked<Enricher> t : list) {
                try {
                    Event enriched = t.service().enrich(e);
                    if (enriched != null) {
                        e = enriched;
                    }
                } catch (RuntimeException | Error ex) {
                    errors.add("enricher_failed:" + plugins.enrichers().nameOf(t.service()), 1);
                    LOG.debug("Enricher failed; the event goes on unenriched", ex);
                }
            }
            out.add(e);
        }
        outputStage.putAll(out);
    }

    private void outputBatch(List<Event> batch) throws InterruptedException {
        alertStage.putAll(delivery.deliver(List.copyOf(batch)));
    }

    // -- Pipeline

    @Override
    public PipelineStatus status() {
        List<InputStats> inputs = new ArrayList<>();
        for (Whiteboard.Tracked<Input> t : plugins.inputs().tracked()) {
            try {
                inputs.add(t.service().stats());
            } catch (RuntimeException e) {
                LOG.debug("Input {} could not report its counters", t.serviceId(), e);
            }
        }
        return new PipelineStatus(accepted.sum(), delivery.completed(), parseStep.parsedEvents.sum(),
                parseStep.unparsed.sum(), outputStage.status().perSecond(),
                List.of(new StageStatus("parser-wait", grace.size(), grace.capacity(), 0, 0, 0, grace.released(), 0),
                        parseStage.status(), enrichStage.status(), outputStage.status(), alertStage.status()),
                drops.snapshot(), errors.snapshot(), plugins.enrichers().names(), plugins.sinks().names(),
                plugins.detectors().names(), delivery.alertsRaised(), inputs);
    }

    @Override
    public List<ParserStatus> parsers() {
        List<ParserStatus> out = new ArrayList<>();
        for (ParserEntry e : parsers.entries()) {
            out.add(e.status());
        }
        return out;
    }

    @Override
    public DryRun dryRun(RawLog raw) {
        ParseOutcome o = parsers.parse(raw, false);
        ParseResult r = o.result();
        String name = o.parser() == null ? null : o.parser().name();
        switch (r.kind()) {
            case PARSED:
                return new DryRun(name, r.kind(), null, r.events(), o.attempts());
            case DISCARD:
                return new DryRun(name, r.kind(), r.reason(), List.of(), o.attempts());
            default:
                return new DryRun(name, r.kind(), o.failureReason(), List.of(ParseStep.unparsedEvent(raw, o)), o.attempts());
        }
    }
}
