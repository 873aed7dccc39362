package io.usiem.rules.sigma.internal;

import java.time.Instant;

import io.usiem.api.alert.Alert;
import io.usiem.api.event.Event;

/** Turns a rule match into an alert: rule id, title, level, tags (ATT&amp;CK), the event, time. */
final class AlertFactory {
    private AlertFactory() {
    }

    static Alert alert(CompiledRule rule, Event event) {
        Instant now = Instant.now();
        Alert.Builder b = Alert.builder(rule.id()).title(rule.doc.title()).severity(rule.severity)
                .createdNanos(now.getEpochSecond() * 1_000_000_000L + now.getNano()).tenant(event.tenant()).event(event);
        for (String t : rule.doc.tags()) {
            b.tag(t);
        }
        return b.build();
    }

    static Alert correlation(CorrelationRule rule, CorrelationWindows.Fired fired) {
        Instant now = Instant.now();
        Alert.Builder b = Alert.builder(rule.doc.id()).title(rule.doc.title()).severity(rule.severity)
                .createdNanos(now.getEpochSecond() * 1_000_000_000L + now.getNano());
        if (!fired.events().isEmpty()) {
            b.tenant(fired.events().get(0).tenant());
        }
        fired.events().forEach(b::event);
        fired.groupBy().forEach(b::groupBy);
        rule.doc.tags().forEach(b::tag);
        return b.build();
    }
}
