package io.usiem.kernel.internal;

import io.usiem.api.alert.Alert;
import io.usiem.api.alert.AlertSink;
import io.usiem.api.alert.Detector;
import io.usiem.api.event.Event;
import io.usiem.api.sink.EventSink;
import io.usiem.api.sink.RejectedEventsException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end of the pipeline: hands finished events to every sink (held and retried while a sink fails),
 * runs the detectors on them, and hands alerts to every alert sink the same way. What is not delivered
 * is counted by reason, never dropped silently.
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

    /**
     * @param done told of each batch every sink has dealt with (written, rejected, or counted as gone); not told
     *     of a batch given up at shutdown, which the journal replays at the next start
     */
    Delivery(Plugins plugins, PipelineSettings.Sinks settings, DropCounters drops, DropCounters errors,
            Consumer<List<Event>> done) {
        this.done = done;
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
        boolean gaveUp = false;
        for (String name : targets) {
            HeldWrite.Result r = held.write(sinks, name, "sink_retry:" + name, sink -> sink.write(events));
            account(name, r, events, "", null);
            gaveUp |= r.outcome() == HeldWrite.Outcome.GAVE_UP;
        }
        if (!gaveUp) {
            completed.add(events.size());
            done.accept(events);
        }
        return detect(events);
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
    }

    long completed() {
        return completed.sum();
    }

    long alertsRaised() {
        return alertsRaised.sum();
    }
}
