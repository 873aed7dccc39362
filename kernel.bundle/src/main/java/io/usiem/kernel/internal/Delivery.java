package io.usiem.kernel.internal;

import io.usiem.api.alert.Alert;
import io.usiem.api.alert.AlertSink;
import io.usiem.api.alert.Detector;
import io.usiem.api.event.Event;
import io.usiem.api.sink.AsyncEventSink;
import io.usiem.api.sink.EventSink;
import io.usiem.api.sink.RejectedEventsException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end of the pipeline: hands finished events to every sink (held and retried while a sink fails),
 * runs the detectors on them, and hands alerts to every alert sink the same way. What is not delivered
 * is counted by reason, never dropped silently. An {@link AsyncEventSink} gets the batch without the output
 * worker waiting for its commit: a window per sink ({@link InFlight}) bounds what it holds, a late failure is
 * retried on a retry thread while the batch keeps its place in the window, and a batch is done (its lines may be
 * committed in the journal) only when every sink has reported it.
 */
final class Delivery {
    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);

    private final Whiteboard<EventSink> sinks;
    private final Whiteboard<Detector> detectors;
    private final Whiteboard<AlertSink> alertSinks;
    private final HeldWrite held;
    private final DeadLetterFile deadLetters;
    private final long replacementNanos;
    private final DropCounters drops;
    private final DropCounters errors;
    private final LongAdder completed = new LongAdder();
    private final LongAdder alertsRaised = new LongAdder();

    private final Consumer<List<Event>> done;
    private final PipelineSettings.Sinks settings;
    /** Per asynchronous sink instance: a replacement of the same name starts with an empty window. */
    private final Map<EventSink, InFlight> windows = Collections.synchronizedMap(new IdentityHashMap<>());
    private final ExecutorService retries = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "usiem-sink-retry");
        t.setDaemon(true);
        return t;
    });
    /** After shutdown a late report no longer moves the journal (it is closed); the lines replay. */
    private volatile boolean closed;

    /**
     * @param done told of each batch every sink has dealt with (written, rejected, or counted as gone); not told
     *     of a batch given up at shutdown, which the journal replays at the next start
     */
    Delivery(Plugins plugins, PipelineSettings.Sinks settings, DropCounters drops, DropCounters errors,
            Consumer<List<Event>> done) {
        this.done = done;
        this.settings = settings;
        this.sinks = plugins.sinks();
        this.detectors = plugins.detectors();
        this.alertSinks = plugins.alertSinks();
        this.held = new HeldWrite(settings, errors);
        this.deadLetters = settings.deadLetterFile() == null ? null : new DeadLetterFile(settings.deadLetterFile());
        this.replacementNanos = TimeUnit.MILLISECONDS.toNanos(settings.replacementWaitMillis());
        this.drops = drops;
        this.errors = errors;
    }

    /**
     * Writes a batch to every sink, waiting while one fails or is being replaced.
     *
     * @param events a batch of finished events
     * @return the alerts the detectors raised on them
     */
    List<Alert> deliver(List<Event> events) {
        // A sink that left moments ago (bundle update) is still a target: the batch waits for its replacement.
        Set<String> targets = sinks.namesIncludingLeftWithin(replacementNanos);
        if (targets.isEmpty()) {
            // No sink at all (at start, before the sinks' bundles are up; or all uninstalled): hold the batch as for a
            // failing sink. The queues and then the journal fill, and back-pressure follows; nothing is dropped.
            errors.add("no_sink", 1);
            targets = held.awaitAny(() -> sinks.namesIncludingLeftWithin(replacementNanos));
            if (targets == null) {
                return List.of(); // shutdown: the journal replays the batch after the next start
            }
        }
        Pending batch = new Pending(events, targets.size());
        for (String name : targets) {
            EventSink sink = sinks.find(name);
            if (sink instanceof AsyncEventSink async) {
                writeAsync(name, async, batch);
            } else {
                finish(name, batch, held.write(sinks, name, "sink_retry:" + name, s -> s.write(events)));
            }
        }
        return detect(events);
    }

    /** A batch on its way to its sinks: done when the last one has dealt with it. */
    private static final class Pending {
        final List<Event> events;
        final AtomicInteger sinksLeft;
        volatile boolean gaveUp;

        Pending(List<Event> events, int sinks) {
            this.events = events;
            this.sinksLeft = new AtomicInteger(sinks);
        }
    }

    private void finish(String sink, Pending batch, HeldWrite.Result r) {
        account(sink, r, batch.events, "", null);
        if (r.outcome() == HeldWrite.Outcome.GAVE_UP) {
            batch.gaveUp = true;
        }
        if (batch.sinksLeft.decrementAndGet() == 0 && !batch.gaveUp && !closed) {
            completed.add(batch.events.size());
            done.accept(batch.events);
        }
    }

    /**
     * Takes room in the sink's window (waiting while it is full) and hands the batch over; the room is given
     * back when the batch is finished with, after any retries, so a failing sink holds the output back.
     */
    private void writeAsync(String name, AsyncEventSink sink, Pending batch) {
        InFlight known = windows.get(sink);
        InFlight window = known != null ? known : newWindow(sink);
        int size = batch.events.size();
        if (!window.acquire(size)) {
            finish(name, batch, new HeldWrite.Result(HeldWrite.Outcome.GAVE_UP, null));
            return;
        }
        String reason = "sink_retry:" + name;
        CompletionStage<Void> written;
        try {
            written = sink.writeAsync(batch.events);
        } catch (RejectedEventsException e) {
            window.release(size);
            finish(name, batch, new HeldWrite.Result(HeldWrite.Outcome.REJECTED, e));
            return;
        } catch (Exception | Error e) {
            // not even accepted: held on this worker like a synchronous write (a retry waits for the commit)
            errors.add(reason, 1);
            LOG.warn("Sink {} failed to accept a batch; the batch is held and retried until it works", name, e);
            HeldWrite.Result r = held.pauseBeforeRetry() ? held.write(sinks, name, reason, s -> s.write(batch.events))
                    : new HeldWrite.Result(HeldWrite.Outcome.GAVE_UP, null);
            window.release(size);
            finish(name, batch, r);
            return;
        }
        written.whenComplete((ok, failure) -> {
            Throwable cause = failure instanceof CompletionException c && c.getCause() != null ? c.getCause() : failure;
            if (cause == null) {
                window.release(size);
                finish(name, batch, new HeldWrite.Result(HeldWrite.Outcome.WRITTEN, null));
            } else if (cause instanceof RejectedEventsException rejected) {
                window.release(size);
                finish(name, batch, new HeldWrite.Result(HeldWrite.Outcome.REJECTED, rejected));
            } else {
                errors.add(reason, 1);
                LOG.warn("Sink {} reported a batch failed; it is held and retried until it works", name, cause);
                retryLater(name, window, batch, reason);
            }
        });
    }

    /** A sink instance's first batch: its window, and the windows of instances gone and empty are forgotten. */
    private InFlight newWindow(EventSink sink) {
        synchronized (windows) {
            windows.entrySet().removeIf(e -> e.getKey() != sink && e.getValue().batches() == 0
                    && sinks.tracked().stream().noneMatch(t -> t.service() == e.getKey()));
            return windows.computeIfAbsent(sink, s -> new InFlight(settings.inFlightBatches(), settings.inFlightEvents()));
        }
    }

    /** A late failure: retried off the sink's thread, with the usual back-off and replacement lookup. */
    private void retryLater(String name, InFlight window, Pending batch, String reason) {
        Runnable retry = () -> {
            HeldWrite.Result r = held.pauseBeforeRetry() ? held.write(sinks, name, reason, s -> s.write(batch.events))
                    : new HeldWrite.Result(HeldWrite.Outcome.GAVE_UP, null);
            window.release(batch.events.size());
            finish(name, batch, r);
        };
        try {
            retries.execute(retry);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shutting down: the batch is left for the journal to replay
            window.release(batch.events.size());
            finish(name, batch, new HeldWrite.Result(HeldWrite.Outcome.GAVE_UP, null));
        }
    }

    /**
     * Shutdown, once the output stage has stopped: waits until the asynchronous sinks have reported what they
     * hold, then stops taking reports (what is still unreported replays from the journal at the next start).
     *
     * @return batches still unreported
     */
    int drainInFlight(long timeoutMillis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        List<InFlight> all;
        synchronized (windows) {
            all = new ArrayList<>(windows.values());
        }
        int left = 0;
        for (InFlight w : all) {
            if (!w.awaitEmpty(deadline)) {
                left += w.batches();
            }
        }
        closed = true;
        giveUp();
        retries.shutdown();
        return left;
    }

    private List<Alert> detect(List<Event> events) {
        List<Whiteboard.Tracked<Detector>> rules = detectors.tracked();
        if (rules.isEmpty()) {
            return List.of();
        }
        List<Alert> raised = new ArrayList<>();
        for (Event e : events) {
            for (Whiteboard.Tracked<Detector> t : rules) {
                try {
                    t.service().detect(e, raised::add);
                } catch (RuntimeException | Error ex) {
                    errors.add("detector_failed:" + detectors.nameOf(t.service()), 1);
                    LOG.debug("Detector failed on an event", ex);
                }
            }
        }
        return raised;
    }

    void deliverAlerts(List<Alert> batch) {
        Set<String> targets = alertSinks.namesIncludingLeftWithin(replacementNanos);
        for (Alert a : batch) {
            alertsRaised.increment();
            if (targets.isEmpty()) {
                drops.add("alert_no_sink", 1);
            }
            for (String name : targets) {
                HeldWrite.Result r = held.write(alertSinks, name, "alert_sink_retry:" + name, sink -> sink.accept(a));
                account(name, r, a.events(), "alert_", a);
            }
        }
    }

    /** Counts what a held write did not deliver; rejected items also go to the dead-letter file. */
    private void account(String sink, HeldWrite.Result r, List<Event> events, String prefix, Alert alert) {
        long count = alert == null ? events.size() : 1;
        switch (r.outcome()) {
            case WRITTEN -> { }
            case SINK_GONE -> drops.add(prefix + "sink_removed:" + sink, count);
            case GAVE_UP -> drops.add("shutdown:" + prefix + "sink:" + sink, count);
            case REJECTED -> {
                List<Event> refused = r.rejection().rejected().isEmpty() ? events : r.rejection().rejected();
                drops.add(prefix + "sink_rejected:" + sink, alert == null ? refused.size() : 1);
                deadLetter(sink, r.rejection().getMessage(), alert, refused);
            }
        }
    }

    private void deadLetter(String sink, String reason, Alert alert, List<Event> events) {
        if (deadLetters == null) {
            LOG.warn("Sink {} rejected {} events as invalid ({}); no dead-letter file is configured", sink,
                    events.size(), reason);
            return;
        }
        try {
            deadLetters.append(sink, reason, alert == null ? null : alert.ruleId(), events);
        } catch (IOException | RuntimeException e) {
            errors.add("dead_letter_failed", 1);
            LOG.error("Could not append {} events rejected by sink {} to the dead-letter file", events.size(), sink, e);
        }
    }

    /** Shutdown: batches held for a failing sink are counted as left instead of retried. */
    void giveUp() {
        held.giveUp();
        synchronized (windows) {
            windows.values().forEach(InFlight::giveUp);
        }
    }

    long completed() {
        return completed.sum();
    }

    long alertsRaised() {
        return alertsRaised.sum();
    }
}
