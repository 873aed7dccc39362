package io.usiem.rules.sigma.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.usiem.api.event.Event;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;
import io.usiem.api.event.IpAddress;
import io.usiem.api.event.LogSource;

/** Compiles a rule written inline (logsource product: test) and evaluates it on events built from maps. */
final class Rules {
    private Rules() {
    }

    static RuleSet compile(String detection, ProcessingPipeline... pipelines) {
        String yaml = "title: t\nid: r1\nlogsource:\n  product: test\ndetection:\n" + detection.stripIndent().indent(2);
        return new RuleLoader(List.of(pipelines)).load(List.of(new RuleText("test", "r1.yml", yaml)));
    }

    /** @return the reason the rule was rejected, or null when it compiled */
    static String error(String detection) {
        RuleSet s = compile(detection);
        return s.errors.isEmpty() ? null : s.errors.get(0).reason();
    }

    static boolean matches(String detection, Object... keyValues) {
        RuleSet s = compile(detection);
        if (!s.errors.isEmpty()) {
            throw new AssertionError("rejected: " + s.errors);
        }
        return !matching(s, event(keyValues)).isEmpty();
    }

    static List<String> matching(RuleSet s, Event e) {
        List<String> ids = new ArrayList<>();
        s.bucket(e.logSource()).evaluate(s.view(e), false, r -> ids.add(r.id()));
        return ids;
    }

    @SuppressWarnings("unchecked")
    static Event event(Object... keyValues) {
        EventBuilder b = Event.builder("raw line").logSource(LogSource.of("test", null, null));
        for (int i = 0; i < keyValues.length; i += 2) {
            String k = (String) keyValues[i];
            Object v = keyValues[i + 1];
            if (v instanceof Long || v instanceof Integer) {
                b.set(Field.of(k, FieldType.LONG), ((Number) v).longValue());
            } else if (v instanceof IpAddress) {
                b.set(Field.of(k, FieldType.IP), (IpAddress) v);
            } else if (v instanceof List) {
                b.set(Field.of(k, FieldType.KEYWORD_LIST), (List<String>) v);
            } else if (v instanceof Map) {
                throw new IllegalArgumentException();
            } else {
                b.set(Field.of(k, FieldType.KEYWORD), (String) v);
            }
        }
        return b.build();
    }
}
