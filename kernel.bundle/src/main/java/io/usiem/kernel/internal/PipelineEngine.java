package io.usiem.kernel.internal;

import io.usiem.api.alert.Alert;
import io.usiem.api.enrich.Enricher;
import io.usiem.api.codec.EventBinaryCodec;
import io.usiem.api.event.Event;
import io.usiem.api.input.EventIngest;
import io.usiem.api.input.IngestInterruptedException;
import io.usiem.api.input.Input;
import io.usiem.api.input.InputStats;
import io.usiem.api.kernel.DryRun;
import io.usiem.api.kernel.JournalStatus;
import io.usiem.api.kernel.ParserStatus;
import io.usiem.api.kernel.Pipeline;
import io.usiem.api.kernel.PipelineStatus;
import io.usiem.api.kernel.StageStatus;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;
import io.usiem.kernel.internal.journal.AppendResult;
import io.usiem.kernel.internal.journal.Journal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event pipeline: accepted lines are appended to the {@link Journal} and acknowledged once durable;
 * the {@link JournalFeed} reads them into parse -> enrich -> output (sinks and detectors) -> alert, each a
 * {@link Stage} with a bounded queue. A full journal blocks {@code ingest}, so back-pressure reaches the
 * inputs. The journal's commit point follows the lines every sink has dealt with ({@link LineCompletion});
 * a restart replays from it. Every accepted line ends as an event handed to the sinks, or as a drop
 * counted with its reason.
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
    private final Journal journal;
    private final LineCompletion completion;
    private final JournalFeed feed;
    /** Encoders reuse their buffer and are not thread-safe: one per ingesting thread. */
    private final ThreadLocal<EventBinaryCodec> codecs = ThreadLocal.withInitial(EventBinaryCodec::new);
    private final LongAdder accepted = new LongAdder();
    /** Lines just appended, handed to the parse stage without reading them back from disk. */
    private final RecentLines recent = new RecentLines(1 << 16);
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

    /** @param journal an open journal; the engine uses it and its caller closes it after {@link #stop} */
    PipelineEngine(PipelineSettings s, Plugins plugins, Journal journal) {
        this.settings = s;
        this.journal = journal;
        this.completion = new LineCompletion(journal);
        this.plugins = plugins;
        this.parsers = plugins.parsers();
        this.watchdog = parsers.watchdog();
        this.delivery = new Delivery(plugins, s.sinks(), drops, errors, completion::delivered);
        this.grace = new ParserGrace(s.parsers().graceMillis(), GRACE_CAPACITY);
        this.alertStage = new Stage<>(s.alert(), delivery::deliverAlerts, drops);
        this.outputStage = new Stage<>(s.output(), this::outputBatch, drops);
        this.enrichStage = new Stage<>(s.enrich(), this::enrichBatch, drops);
        this.parseStep = new ParseStep(parsers, grace, enrichStage, drops, () -> accepting, completion);
        this.parseStage = new Stage<>(s.parse(), parseStep::parseBatch, drops);
        this.feed = new JournalFeed(journal, completion, parseStage, s.parse().batchSize(), drops,
                () -> !parsers.entries().isEmpty() && !plugins.sinks().names().isEmpty(), s.parsers().startupWaitMillis(),
                recent);
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
        feed.start();
        accepting = true;
    }

    /**
     * Stops accepting, stops reading the journal, drains the stages in order and counts what is left by stage
     * ({@code shutdown:<stage>}). What is left is not lost: it stays in the journal above the commit point and
     * is processed after the next start. Callers still waiting in {@code ingest} for journal room are woken
     * with an {@link IllegalStateException} when the journal is closed.
     *
     * @return the items left unprocessed
     */
    synchronized int stop(long drainMillis) {
        accepting = false;
        try {
            feed.stop();
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
            int unreported = delivery.drainInFlight(drainMillis);
            if (unreported > 0) {
                LOG.warn("{} batches were not reported durable by their sinks before the stop; they replay from the "
                        + "journal at the next start", unreported);
            }
            if (left > 0) {
                LOG.warn("Pipeline stopped with {} items undrained (shutdown:<stage>); they stay in the journal and are "
                        + "processed after the next start", left);
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
        long first = append(List.of(codecs.get().encode(raw)), List.of(raw));
        awaitDurable(first);
        accepted.increment();
    }

    @Override
    public int ingestAll(List<RawLog> raws) throws IngestInterruptedException {
        requireRunning();
        if (raws.isEmpty()) {
            return 0;
        }
        long first = appendAll(raws);
        try {
            awaitDurable(first + raws.size() - 1);
        } catch (InterruptedException e) {
            throw new IngestInterruptedException(raws.size());
        }
        return raws.size();
    }

    @Override
    public CompletableFuture<Integer> ingestAllAsync(List<RawLog> raws) throws IngestInterruptedException {
        requireRunning();
        if (raws.isEmpty()) {
            return CompletableFuture.completedFuture(0);
        }
        long first = appendAll(raws);
        int n = raws.size();
        return journal.whenDurable(first + n - 1).thenApply(v -> {
            feed.wake();
            return n;
        });
    }

    @Override
    public boolean tryIngest(RawLog raw) {
        requireRunning();
        try {
            // UDP acknowledges nothing, so it does not wait for the fsync; the group commit covers it moments later.
            AppendResult r = journal.tryAppend(List.of(codecs.get().encode(raw)), 0, TimeUnit.MILLISECONDS);
            if (r instanceof AppendResult.Full) {
                drops.add("journal_full", 1);
                return false;
            }
            recent.put(((AppendResult.Appended) r).firstPosition(), List.of(raw));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            drops.add("interrupted:ingest", 1);
            return false;
        } catch (IOException e) {
            throw journalFailed(e);
        }
        feed.wake();
        accepted.increment();
        return true;
    }

    /** Encodes and journals a run; once written the lines are processed whatever happens next: accepted. */
    private long appendAll(List<RawLog> raws) throws IngestInterruptedException {
        EventBinaryCodec codec = codecs.get();
        List<byte[]> records = new ArrayList<>(raws.size());
        for (RawLog raw : raws) {
            records.add(codec.encode(raw));
        }
        long first;
        try {
            first = append(records, raws);
        } catch (InterruptedException e) {
            throw new IngestInterruptedException(0);
        }
        accepted.add(records.size());
        return first;
    }

    private long append(List<byte[]> records, List<RawLog> raws) throws InterruptedException {
        try {
            long first = journal.append(records);
            recent.put(first, raws);
            return first;
        } catch (IOException e) {
            throw journalFailed(e);
        }
    }

    private void awaitDurable(long position) throws InterruptedException {
        try {
            journal.awaitDurable(position);
            feed.wake(); // the feed reads only what is durable: these lines are now
        } catch (IOException e) {
            throw journalFailed(e);
        }
    }

    private IllegalStateException journalFailed(IOException e) {
        return accepting ? new IllegalStateException("The uSIEM journal failed: " + e.getMessage() + "; the line was not "
                + "accepted", e) : stopping("the line was not accepted");
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
        JournalStatus js = new JournalStatus(journal.sizeBytes(), journal.firstPosition(), journal.commitPoint(),
                journal.appendedPosition(), journal.durablePosition(), journal.fsyncMode().name().toLowerCase(Locale.ROOT));
        return new PipelineStatus(accepted.sum(), delivery.completed(), parseStep.parsedEvents.sum(),
                parseStep.unparsed.sum(), outputStage.status().perSecond(),
                List.of(new StageStatus("parser-wait", grace.size(), grace.capacity(), 0, 0, 0, grace.released(), 0),
                        parseStage.status(), enrichStage.status(), outputStage.status(), alertStage.status()),
                drops.snapshot(), errors.snapshot(), plugins.enrichers().names(), plugins.sinks().names(),
                plugins.detectors().names(), delivery.alertsRaised(), inputs, js);
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
