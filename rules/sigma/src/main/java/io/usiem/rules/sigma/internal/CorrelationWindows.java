package io.usiem.rules.sigma.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

import io.usiem.api.event.Event;
import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;

/**
 * The sliding windows of one correlation rule, per group-by value, on event time. Bounded: a window
 * keeps the events of its timespan (at most {@link #MAX_EVENTS} per group) and is dropped when it falls
 * behind the newest event by more than timespan + lateness; past {@link #MAX_GROUPS} groups the least
 * recently used is evicted and counted. A window that fires is cleared, so a burst raises one alert.
 */
final class CorrelationWindows {
    static final int MAX_GROUPS = 100_000;
    static final int MAX_EVENTS = 10_000;
    private static final int EVENTS_IN_ALERT = 10;

    private final CorrelationRule rule;
    private final long latenessNanos;
    private final LinkedHashMap<String, ArrayDeque<Entry>> groups = new LinkedHashMap<>(16, 0.75f, true);
    final LongAdder evictedGroups = new LongAdder();
    final LongAdder droppedEvents = new LongAdder();
    private long newest = Long.MIN_VALUE;

    /** One matched event in a window. */
    record Entry(long time, int ruleIndex, String value, Event event) {
    }

    CorrelationWindows(CorrelationRule rule, long latenessNanos) {
        this.rule = rule;
        this.latenessNanos = latenessNanos;
    }

    /**
     * @param event an event a referenced rule matched
     * @param matched that rule
     * @param ruleIndex its position in the correlation's rule list
     * @param mapping the Sigma-to-event field mapping of the matched rule
     * @return the group values and events when the correlation fires, else null
     */
    synchronized Fired feed(Event event, CompiledRule matched, int ruleIndex, java.util.function.Function<String, List<String>> mapping) {
        long t = event.eventNanos();
        newest = Math.max(newest, t);
        Map<String, String> groupValues = new LinkedHashMap<>();
        for (String g : rule.groupBy) {
            String v = value(event, mapping.apply(rule.fieldFor(g, matched)));
            groupValues.put(g, v == null ? "" : v);
        }
        String key = groupValues.toString();
        ArrayDeque<Entry> window = groups.get(key);
        if (window == null) {
            if (groups.size() >= MAX_GROUPS) {
                Iterator<String> oldest = groups.keySet().iterator();
                oldest.next();
                oldest.remove();
                evictedGroups.increment();
            }
            window = new ArrayDeque<>();
            groups.put(key, window);
        }
        String value = rule.field == null ? null : value(event, mapping.apply(rule.field));
        if (window.size() >= MAX_EVENTS) {
            window.pollFirst();
            droppedEvents.increment();
        }
        window.addLast(new Entry(t, ruleIndex, value, event));
        window.removeIf(e -> e.time() < newest - rule.timespanNanos - latenessNanos);
        List<Entry> inSpan = new ArrayList<>();
        for (Entry e : window) {
            if (e.time() >= t - rule.timespanNanos && e.time() <= t + rule.timespanNanos) {
                inSpan.add(e);
            }
        }
        if (!fires(inSpan)) {
            return null;
        }
        groups.remove(key);
        List<Event> events = new ArrayList<>();
        for (int i = Math.max(0, inSpan.size() - EVENTS_IN_ALERT); i < inSpan.size(); i++) {
            events.add(inSpan.get(i).event());
        }
        return new Fired(groupValues, events);
    }

    /** What a firing correlation reports. */
    record Fired(Map<String, String> groupBy, List<Event> events) {
    }

    private boolean fires(List<Entry> span) {
        switch (rule.type) {
            case "event_count":
                return rule.holds(span.size());
            case "value_count": {
                Set<String> distinct = new HashSet<>();
                span.forEach(e -> {
                    if (e.value() != null) {
                        distinct.add(e.value());
                    }
                });
                return rule.holds(distinct.size());
            }
            case "value_sum":
            case "value_avg": {
                double sum = 0;
                int n = 0;
                for (Entry e : span) {
                    Double d = e.value() == null ? null : NumberTest.parse(e.value());
                    if (d != null) {
                        sum += d;
                        n++;
                    }
                }
                return n > 0 && rule.holds(rule.type.equals("value_sum") ? sum : sum / n);
            }
            case "temporal": {
                Set<Integer> seen = new HashSet<>();
                span.forEach(e -> seen.add(e.ruleIndex()));
                return rule.conditions.isEmpty() ? seen.size() == rule.refs.size() : rule.holds(seen.size());
            }
            default: {
                List<Entry> sorted = new ArrayList<>(span);
                sorted.sort((a, b) -> Long.compare(a.time(), b.time()));
                int next = 0;
                for (Entry e : sorted) {
                    if (e.ruleIndex() == next) {
                        next++;
                    }
                }
                return next == rule.refs.size();
            }
        }
    }

    private static String value(Event event, List<String> fields) {
        for (String f : fields) {
            for (Object o : event.values(Field.of(f, FieldType.KEYWORD))) {
                if (o != null) {
                    return o.toString();
                }
            }
        }
        return null;
    }
}
