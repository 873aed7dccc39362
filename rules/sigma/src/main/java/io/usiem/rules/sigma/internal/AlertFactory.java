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
}
