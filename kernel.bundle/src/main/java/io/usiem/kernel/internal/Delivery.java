package io.usiem.kernel.internal;

import io.usiem.api.alert.Alert;
import io.usiem.api.alert.AlertSink;
import io.usiem.api.alert.Detector;
import io.usiem.api.event.Event;
import io.usiem.api.sink.EventSink;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end of the pipeline: hands finished events to every sink (with retries), runs the detectors on
 * them, and hands alerts to every alert sink. What fails is counted by reason, never dropped silently.
 */
final class Delivery {
    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);

    final Whiteboard<EventSink> sinks = new Whiteboard<>(EventSink::name);
    final Whiteboard<Detector> detectors = new Whiteboard<>(Detector::name);
    final Whiteboard<AlertSink> alertSinks = new Whiteboard<>(AlertSink::name);

    private final int sinkAttempts;
    private final DropCounters drops;
    private final DropCounters errors;
    private final LongAdder completed = new LongAdder();
    private final LongAdder alertsRaised = new LongAdder();

    Delivery(int sinkAttempts, DropCounters drops, DropCounters errors) {
        this.sinkAttempts = sinkAttempts;
        this.drops = drops;
        this.errors = errors;
    }

    /**
     * @param events a batch of finished events
     * @return the alerts the detectors raised on them
     */
    List<Alert> deliver(List<Event> events) {
        List<Whiteboard.Tracked<EventSink>> targets = sinks.tracked();
        if (targets.isEmpty()) {
            drops.add("no_sink", events.size());
        }
        for (Whiteboard.Tracked<EventSink> t : targets) {
            writeWithRetries(t.service(), events);
        }
        completed.add(events.size());
        List<Whiteboard.Tracked<Detector>> rules = detectors.tracked();
        if (rules.isEmpty()) {
            return List.of();
        }
        List<Alert> raised = new ArrayList<>();
        for (Event e : events) {
            for (Whiteboard.Tracked<Detector> t : rules) {
                try {
                    t.service().detect(e, raised::add);
                } catch (RuntimeException | LinkageError ex) {
                    errors.add("detector_failed:" + detectors.nameOf(t.service()), 1);
                    LOG.debug("Detector failed on an event", ex);
                }
            }
        }
        return raised;
    }

    private void writeWithRetries(EventSink sink, List<Event> events) {
        Exception last = null;
        for (int attempt = 1; attempt <= sinkAttempts; attempt++) {
            try {
                sink.write(events);
                return;
            } catch (Exception | LinkageError e) {
                last = e instanceof Exception ? (Exception) e : new RuntimeException(e);
            }
        }
        String name = sinks.nameOf(sink);
        drops.add("sink_failed:" + name, events.size());
        LOG.warn("Sink {} failed {} times; {} events counted as dropped", name, sinkAttempts, events.size(), last);
    }

    void deliverAlerts(List<Alert> batch) {
        List<Whiteboard.Tracked<AlertSink>> targets = alertSinks.tracked();
        for (Alert a : batch) {
            alertsRaised.increment();
            if (targets.isEmpty()) {
                drops.add("alert_no_sink", 1);
            }
            for (Whiteboard.Tracked<AlertSink> t : targets) {
                try {
                    t.service().accept(a);
                } catch (Exception | LinkageError e) {
                    errors.add("alert_sink_failed:" + alertSinks.nameOf(t.service()), 1);
                    LOG.warn("Alert sink failed on alert {}", a.ruleId(), e);
                }
            }
        }
    }

    long completed() {
        return completed.sum();
    }

    long alertsRaised() {
        return alertsRaised.sum();
    }
}
