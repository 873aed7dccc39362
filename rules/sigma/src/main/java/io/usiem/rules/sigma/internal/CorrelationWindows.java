package io.usiem.rules.sigma.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.concurrent.atomic.LongAdder;

import io.usiem.api.event.Event;

/**
 * The windows of one correlation rule, per group-by value, on event time. A group keeps the occurrences
 * (base rule matches or firings of a referenced correlation) that are not older than the newest one by
 * more than timespan + lateness, at most {@link #MAX_EVENTS} per group; past {@link #MAX_GROUPS} groups
 * the least recently used is evicted and counted. Events may arrive out of order within the lateness.
 *
 * <p>A window is any span of {@code timespan} on event time (bounds included): the correlation fires
 * when some such span of the group satisfies it, so two events further apart than the timespan never
 * count together whatever their arrival order. A group that fires is cleared, so a burst raises one
 * alert; value_percentile is the exception (its window is the baseline the next values are measured
 * against, so it is kept).
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
    final LongAdder lateEvents = new LongAdder();
    private long newest = Long.MIN_VALUE;

    /**
     * Something a correlation counts: a base rule's match or a referenced correlation's firing.
     *
     * @param time event time (nanoseconds)
     * @param id the producing rule's id
     * @param name the producing rule's name, or null
     * @param value reads a field (in the producer's terms) of the occurrence, null when absent
     * @param events the events behind it
     */
    record Occurrence(long time, String id, String name, Function<String, String> value, List<Event> events) {
    }

    /** One occurrence in a group's window. */
    private record Entry(long time, int ruleIndex, String value, Occurrence occurrence) {
    }

    CorrelationWindows(CorrelationRule rule, long latenessNanos) {
        this.rule = rule;
        this.latenessNanos = latenessNanos;
    }

    /**
     * @param o an occurrence of one of the correlation's rules
     * @param ruleIndex that rule's position in the correlation's rule list
     * @return the group values and events when the correlation fires, else null
     */
    synchronized Fired feed(Occurrence o, int ruleIndex) {
        long t = o.time();
        if (newest != Long.MIN_VALUE && t < newest - rule.timespanNanos - latenessNanos) {
            lateEvents.increment();
            return null;
        }
        newest = Math.max(newest, t);
        Map<String, String> groupValues = new LinkedHashMap<>();
        for (String g : rule.groupBy) {
            String v = o.value().apply(rule.fieldFor(g, o.id(), o.name()));
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
        String value = rule.field == null ? null : o.value().apply(rule.fieldFor(rule.field, o.id(), o.name()));
        if (window.size() >= MAX_EVENTS) {
            window.pollFirst();
            droppedEvents.increment();
        }
        Entry current = new Entry(t, ruleIndex, value, o);
        window.addLast(current);
        long horizon = newest - rule.timespanNanos - latenessNanos;
        window.removeIf(e -> e.time() < horizon);
        List<Entry> span = rule.type.equals("value_percentile") ? percentile(window, current) : firing(window);
        if (span == null) {
            return null;
        }
        if (!rule.type.equals("value_percentile")) {
            groups.remove(key);
        }
        List<Event> events = new ArrayList<>();
        for (Entry e : span) {
            events.addAll(e.occurrence().events());
        }
        if (events.size() > EVENTS_IN_ALERT) {
            events = new ArrayList<>(events.subList(events.size() - EVENTS_IN_ALERT, events.size()));
        }
        return new Fired(groupValues, events, t, current.occurrence());
    }

    /** @return the number of live groups, after dropping those whose newest occurrence fell out of every window */
    synchronized int groups() {
        long horizon = newest - rule.timespanNanos - latenessNanos;
        groups.values().removeIf(w -> w.isEmpty() || w.peekLast().time() < horizon);
        return groups.size();
    }

    /**
     * What a firing correlation reports.
     *
     * @param groupBy the group's values by group-by name
     * @param events the last events that made it fire
     * @param time event time of the occurrence that made it fire
     * @param trigger that occurrence (a chained correlation reads fields outside the group-by from it)
     */
    record Fired(Map<String, String> groupBy, List<Event> events, long time, Occurrence trigger) {
        /** @param f a field name @return its value: a group-by value, else the triggering occurrence's */
        String value(String f) {
            String v = groupBy.get(f);
            return v != null && !v.isEmpty() ? v : trigger.value().apply(f);
        }
    }

    /** The window (entries sorted by time) that satisfies the correlation, or null. */
    private List<Entry> firing(ArrayDeque<Entry> window) {
        List<Entry> sorted = new ArrayList<>(window);
        sorted.sort((a, b) -> Long.compare(a.time(), b.time()));
        if (rule.type.equals("temporal_ordered")) {
            return ordered(sorted);
        }
        Aggregate agg = new Aggregate(rule.refs.size());
        int end = 0;
        for (int start = 0; start < sorted.size(); start++) {
            long limit = sorted.get(start).time() + rule.timespanNanos;
            while (end < sorted.size() && sorted.get(end).time() <= limit) {
                agg.add(sorted.get(end++));
            }
            if (holds(agg)) {
                return sorted.subList(start, end);
            }
            agg.remove(sorted.get(start));
        }
        return null;
    }

    private boolean holds(Aggregate a) {
        switch (rule.type) {
            case "event_count":
                return rule.holds(a.count);
            case "value_count":
                return rule.holds(a.distinct.size());
            case "value_sum":
                return a.numbers > 0 && rule.holds(a.sum);
            case "value_avg":
                return a.numbers > 0 && rule.holds(a.sum / a.numbers);
            default: {
                int seen = 0;
                for (int n : a.perRule) {
                    seen += n > 0 ? 1 : 0;
                }
                return rule.conditions.isEmpty() ? seen == rule.refs.size() : rule.holds(seen);
            }
        }
    }

    /**
     * temporal_ordered: the rules' occurrences in their listed order within one timespan. For each step
     * it keeps the latest start of a chain reaching it, so the shortest chain ending at each entry is known.
     */
    private List<Entry> ordered(List<Entry> sorted) {
        int k = rule.refs.size();
        long[] latestStart = new long[k];
        int[] startIndex = new int[k];
        java.util.Arrays.fill(latestStart, Long.MIN_VALUE);
        for (int i = 0; i < sorted.size(); i++) {
            Entry e = sorted.get(i);
            int r = e.ruleIndex();
            if (r == 0) {
                latestStart[0] = e.time();
                startIndex[0] = i;
            } else if (latestStart[r - 1] != Long.MIN_VALUE) {
                latestStart[r] = latestStart[r - 1];
                startIndex[r] = startIndex[r - 1];
            }
            if (r == k - 1 && latestStart[r] != Long.MIN_VALUE && e.time() - latestStart[r] <= rule.timespanNanos) {
                return sorted.subList(startIndex[r], i + 1);
            }
        }
        return null;
    }

    /**
     * value_percentile: the share (percent) of the group's values in the timespan before the current
     * occurrence that equal its value. {@code lte: 1} fires on a value making up at most 1% of them.
     */
    private List<Entry> percentile(ArrayDeque<Entry> window, Entry current) {
        if (current.value() == null) {
            return null;
        }
        int total = 0;
        int same = 0;
        for (Entry e : window) {
            if (e.value() != null && e.time() >= current.time() - rule.timespanNanos && e.time() <= current.time()) {
                total++;
                if (e.value().equals(current.value())) {
                    same++;
                }
            }
        }
        return rule.holds(100.0 * same / total) ? List.of(current) : null;
    }

    /** Sliding aggregates of one window: added and removed in time order. */
    private static final class Aggregate {
        int count;
        final Map<String, Integer> distinct = new HashMap<>();
        double sum;
        int numbers;
        final int[] perRule;

        Aggregate(int rules) {
            perRule = new int[rules];
        }

        void add(Entry e) {
            count++;
            perRule[e.ruleIndex()]++;
            if (e.value() != null) {
                distinct.merge(e.value(), 1, Integer::sum);
                Double d = NumberTest.parse(e.value());
                if (d != null) {
                    sum += d;
                    numbers++;
                }
            }
        }

        void remove(Entry e) {
            count--;
            perRule[e.ruleIndex()]--;
            if (e.value() != null) {
                distinct.computeIfPresent(e.value(), (k, n) -> n == 1 ? null : n - 1);
                Double d = NumberTest.parse(e.value());
                if (d != null) {
                    sum -= d;
                    numbers--;
                }
            }
        }
    }
}
