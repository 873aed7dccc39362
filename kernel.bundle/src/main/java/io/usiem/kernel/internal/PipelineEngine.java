package io.usiem.kernel.internal;

import io.usiem.api.alert.Alert;
import io.usiem.api.alert.AlertSink;
import io.usiem.api.alert.Detector;
import io.usiem.api.enrich.Enricher;
import io.usiem.api.event.Event;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Field;
import io.usiem.api.event.EventKind;
import io.usiem.api.event.Fields;
import io.usiem.api.event.OriginRole;
import io.usiem.api.event.Tags;
import io.usiem.api.input.EventIngest;
import io.usiem.api.input.IngestInterruptedException;
import io.usiem.api.kernel.DryRun;
import io.usiem.api.kernel.ParserStatus;
import io.usiem.api.kernel.Pipeline;
import io.usiem.api.kernel.PipelineStatus;
import io.usiem.api.kernel.StageStatus;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;
import io.usiem.api.sink.EventSink;

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

    final ParserRegistry parsers;
    final Whiteboard<Enricher> enrichers = new Whiteboard<>(Enricher::name);
    final Whiteboard<EventSink> sinks;
    final Whiteboard<Detector> detectors;
    final Whiteboard<AlertSink> alertSinks;

    private final PipelineSettings settings;
    private final DropCounters drops = new DropCounters();
    private final DropCounters errors = new DropCounters();
    private final AtomicLong sequence;
    private final LongAdder accepted = new LongAdder();
    private final LongAdder parsedEvents = new LongAdder();
    private final LongAdder unparsed = new LongAdder();
    private final Delivery delivery;
    private final Stage<RawLog> parseStage;
    private final Stage<Event> enrichStage;
    private final Stage<Event> outputStage;
    private final Stage<Alert> alertStage;
    private final ParserGrace grace;
    private final ParserWatchdog watchdog;
    private ScheduledExecutorService scaler;
    private volatile boolean accepting;

    PipelineEngine(PipelineSettings s) {
        this.settings = s;
        this.delivery = new Delivery(s.sinkAttempts(), drops, errors);
        this.sinks = delivery.sinks;
        this.detectors = delivery.detectors;
        this.alertSinks = delivery.alertSinks;
        this.watchdog = new ParserWatchdog(s.parserTimeoutMillis());
        this.parsers = new ParserRegistry(s.originCacheSize(), watchdog);
        this.grace = new ParserGrace(s.parserGraceMillis(), GRACE_CAPACITY);
        // Sequence numbers stay unique across restarts until the journal issue makes them durable offsets.
        this.sequence = new AtomicLong(System.currentTimeMillis() * 4); // < 2^43: room for the event index bits
        int cap = s.queueCapacity();
        this.parseStage = new Stage<>("parse", cap, s.parseMin(), s.parseMax(), s.batchSize(), s.scaleUpTicks(),
                s.scaleDownTicks(), this::parseBatch, drops);
        this.enrichStage = new Stage<>("enrich", cap, s.enrichMin(), s.enrichMax(), s.batchSize(), s.scaleUpTicks(),
                s.scaleDownTicks(), this::enrichBatch, drops);
        this.outputStage = new Stage<>("output", cap, s.outputMin(), s.outputMax(), s.batchSize(), s.scaleUpTicks(),
                s.scaleDownTicks(), this::outputBatch, drops);
        this.alertStage = new Stage<>("alert", cap, 1, 2, s.batchSize(), s.scaleUpTicks(), s.scaleDownTicks(),
                delivery::deliverAlerts, drops);
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

    /** Stops accepting, drains the stages in order, and counts what could not be drained as dropped. */
    synchronized void stop(long drainMillis) {
        accepting = false;
        if (scaler != null) {
            scaler.shutdownNow();
        }
        try {
            // Held lines get their last try while the parse workers still run.
            for (RawLog raw : grace.drainForShutdown()) {
                parseStage.put(raw);
            }
            int left = parseStage.stop(drainMillis) + enrichStage.stop(drainMillis) + outputStage.stop(drainMillis)
                    + alertStage.stop(drainMillis);
            if (left > 0) {
                LOG.warn("Pipeline stopped with {} items undrained (counted as dropped, reason shutdown)", left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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

    private void parserStuck(ParserEntry e) {
        errors.add("parser_stuck:" + e.name(), 1);
        LOG.error("Parser {} ({}) has not returned from a line for {} ms: its worker is replaced{}", e.name(), e.bundle,
                settings.parserTimeoutMillis(), e.quarantined() ? "; quarantined until a stuck call returns" : "");
        parseStage.workerStuck();
    }

    private void parserRecovered(ParserEntry e) {
        parseStage.workerRecovered();
        LOG.warn("Parser {} returned from its stuck call: no longer quarantined", e.name());
    }

    void releaseHeld() {
        grace.release(System.nanoTime(), parsers.lastAddedNanos(), parseStage::offer);
    }

    void adjustStages() {
        parseStage.adjust();
        enrichStage.adjust();
        outputStage.adjust();
        alertStage.adjust();
    }

    // -- EventIngest

    @Override
    public void ingest(RawLog raw) throws InterruptedException {
        requireRunning();
        parseStage.put(raw.withSequence(sequence.incrementAndGet()));
        accepted.increment();
    }

    @Override
    public int ingestAll(List<RawLog> raws) throws IngestInterruptedException {
        requireRunning();
        List<RawLog> numbered = new ArrayList<>(raws.size());
        for (RawLog raw : raws) {
            numbered.add(raw.withSequence(sequence.incrementAndGet()));
        }
        int queued = parseStage.putAllUntilInterrupted(numbered);
        accepted.add(queued);
        if (queued < numbered.size()) {
            // The lines not queued were not accepted: the caller still holds them.
            throw new IngestInterruptedException(queued);
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
        drops.add("pipeline_full", 1);
        return false;
    }

    private void requireRunning() {
        if (!accepting) {
            throw new IllegalStateException("The uSIEM pipeline is not running (stopping or reconfiguring)");
        }
    }

    // -- stages

    private void parseBatch(List<RawLog> batch) throws InterruptedException {
        // Taken before parsing, so a parser that arrives while this batch is parsed releases its held lines.
        long batchStart = System.nanoTime();
        ParserWatchdog.Slot slot = watchdog.slot();
        List<Event> out = new ArrayList<>(batch.size());
        for (RawLog raw : batch) {
            long firstHeld = grace.takeRetry(raw);
            ParseOutcome o = parsers.parse(raw, slot);
            ParseResult r = o.result();
            switch (r.kind()) {
                case PARSED:
                    List<Event> events = r.events();
                    for (int i = 0; i < events.size(); i++) {
                        parsedEvents.increment();
                        out.add(finishParsed(events.get(i), i, raw, o.parser()));
                    }
                    break;
                case DISCARD:
                    drops.add("discarded:" + o.parser().name(), 1);
                    break;
                default:
                    if (r.kind() == ParseResult.Kind.NOT_MINE && mayWaitForParser(raw, firstHeld, batchStart)) {
                        break;
                    }
                    unparsed.increment();
                    out.add(unparsedEvent(raw, o));
            }
        }
        enrichStage.putAll(out);
    }

    /**
     * Holds a line no parser took when a parser left moments ago (its replacement is probably on the
     * way), or when a held line is still within its grace period.
     */
    private boolean mayWaitForParser(RawLog raw, long firstHeld, long batchStart) {
        if (!grace.enabled() || !accepting) {
            return false;
        }
        if (firstHeld == ParserGrace.NOT_A_RETRY) {
            return parsers.removedWithin(grace.graceNanos(), batchStart) && grace.hold(raw, batchStart, batchStart);
        }
        return grace.withinGrace(firstHeld, batchStart) && grace.hold(raw, batchStart, firstHeld);
    }

    /** Gives a parsed event the ingest sequence and flags events that lack their category's fields. */
    private static Event finishParsed(Event e, int index, RawLog raw, ParserEntry parser) {
        Field missing = e.category().firstMissingField(e);
        long sequence = Event.sequenceOf(raw.sequence(), Math.min(index, Event.MAX_EVENTS_PER_LINE - 1));
        if (missing == null && e.sequence() == sequence) {
            return e;
        }
        EventBuilder b = e.toBuilder().sequence(sequence);
        if (missing != null) {
            b.tag(Tags.INCOMPLETE);
            parser.incomplete.increment();
        }
        return b.build();
    }

    static Event unparsedEvent(RawLog raw, ParseOutcome o) {
        EventBuilder b = raw.newEventBuilder().tag(Tags.UNPARSED).kind(EventKind.PIPELINE_ERROR).originRole(OriginRole.HOST);
        if (o.result().kind() == ParseResult.Kind.FORMAT_ERROR || o.parserFailed()) {
            b.tag(Tags.PARSE_FAILURE);
        }
        return b.set(Fields.ERROR_MESSAGE, o.failureReason()).build();
    }

    private void enrichBatch(List<Event> batch) throws InterruptedException {
        List<Whiteboard.Tracked<Enricher>> list = enrichers.tracked();
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
                } catch (RuntimeException | LinkageError ex) {
                    errors.add("enricher_failed:" + enrichers.nameOf(t.service()), 1);
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
        return new PipelineStatus(accepted.sum(), delivery.completed(), parsedEvents.sum(), unparsed.sum(),
                outputStage.status().perSecond(),
                List.of(new StageStatus("parser-wait", grace.size(), grace.capacity(), 0, 0, 0, grace.released(), 0),
                        parseStage.status(), enrichStage.status(), outputStage.status(), alertStage.status()),
                drops.snapshot(), errors.snapshot(), enrichers.names(), sinks.names(), detectors.names(), delivery.alertsRaised());
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
                return new DryRun(name, r.kind(), o.failureReason(), List.of(unparsedEvent(raw, o)), o.attempts());
        }
    }

    // -- for tests and the component

    long accepted() {
        return accepted.sum();
    }

    long completed() {
        return delivery.completed();
    }

    long dropped(String reason) {
        return drops.get(reason);
    }

    long droppedTotal() {
        return drops.total();
    }

    Stage<RawLog> parseStage() {
        return parseStage;
    }
}
