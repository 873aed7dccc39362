package io.usiem.rules.sigma.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import io.usiem.api.alert.Alert;
import io.usiem.api.alert.Severity;
import io.usiem.api.event.Event;
import io.usiem.api.event.Field;
import io.usiem.api.event.LogSource;

/**
 * An immutable compiled rule set: the rules, the errors of the rules that were rejected, and the
 * routing of rules by logsource. The engine holds one behind a volatile reference and swaps it whole,
 * so an event is evaluated against one complete set. Buckets are built on first use per logsource.
 */
final class RuleSet {
    static final RuleSet EMPTY = new RuleSet(List.of(), List.of(), new FieldSlots(), List.of(), 0);
    private static final int MAX_CACHED_LOGSOURCES = 4096;

    final List<CompiledRule> rules;
    final List<RuleError> errors;
    final Field[] fields;
    final Map<String, Integer> slotByName;
    private final Map<LogSource, Bucket> buckets = new ConcurrentHashMap<>();
    /** The buckets by logsource parts, read without locks or hashing a record (copy on write, rare). */
    private volatile Object[] routed = new Object[0];
    private final ThreadLocal<EventView> views = ThreadLocal.withInitial(() -> new EventView(null, RuleSet.this.fields));
    final List<CorrelationRule> correlations;
    final Map<CorrelationRule, CorrelationWindows> windows = new java.util.IdentityHashMap<>();
    /** Per base rule or correlation id: the correlations it feeds, with its index in each. */
    private final Map<String, List<Link>> links = new java.util.HashMap<>();
    /** Rules and correlations that only feed correlations (generate: false), raising no alert of their own. */
    private final java.util.Set<String> suppressed = new java.util.HashSet<>();

    /** A base rule's place in a correlation. */
    record Link(CorrelationRule rule, CorrelationWindows windows, int index) {
    }

    /**
     * @param latenessNanos how late (in event time) an event may arrive and still count in a correlation window
     */
    RuleSet(List<CompiledRule> rules, List<RuleError> errors, FieldSlots slots, List<CorrelationRule> correlations, long latenessNanos) {
        this.rules = List.copyOf(rules);
        this.correlations = List.copyOf(correlations);
        Map<String, CompiledRule> byId = new java.util.LinkedHashMap<>();
        rules.forEach(r -> byId.put(r.id(), r));
        Map<String, CorrelationRule> correlationByRef = new java.util.HashMap<>();
        for (CorrelationRule c : correlations) {
            windows.put(c, new CorrelationWindows(c, latenessNanos));
            correlationByRef.put(c.doc.id(), c);
            if (c.doc.name() != null) {
                correlationByRef.putIfAbsent(c.doc.name(), c);
            }
        }
        for (CorrelationRule c : correlations) {
            for (int i = 0; i < c.refs.size(); i++) {
                String ref = c.refs.get(i);
                CorrelationRule inner = correlationByRef.get(ref);
                String source = inner != null ? inner.doc.id() : RuleLoader.find(byId, ref).id();
                links.computeIfAbsent(source, k -> new ArrayList<>()).add(new Link(c, windows.get(c), i));
                if (!c.generate) {
                    suppressed.add(source);
                }
            }
        }
        this.errors = List.copyOf(errors);
        this.fields = slots.fields();
        this.slotByName = slots.byName();
    }

    /**
     * Evaluates an event against its bucket: each matching rule goes to {@code matches}; it and the correlations it
     * completes (and those they feed in turn) raise their alerts at or above {@code minLevel}, unless they only feed
     * correlations ({@code generate: false}).
     *
     * @param bucket the rules for the event's logsource
     * @param view the event's view, lent for this event
     * @param timed whether to measure the rules' evaluation time
     * @param event the event
     * @param minLevel the lowest level that raises an alert
     * @param matches receives each matching rule
     * @param alerts receives the alerts
     */
    void evaluate(Bucket bucket, EventView view, boolean timed, Event event, Severity minLevel, Consumer<CompiledRule> matches,
            Consumer<Alert> alerts) {
        bucket.evaluate(view, timed, rule -> {
            matches.accept(rule);
            if (rule.severity.compareTo(minLevel) >= 0 && alerts(rule.id())) {
                alerts.accept(AlertFactory.alert(rule, event));
            }
            List<Link> feeds = links(rule.id());
            if (!feeds.isEmpty()) {
                CorrelationWindows.Occurrence o = new CorrelationWindows.Occurrence(event.eventNanos(), rule.id(), rule.doc.name(),
                        f -> CorrelationValues.read(event, rule.mapping.apply(f)), List.of(event));
                correlate(feeds, o, minLevel, alerts);
            }
        });
    }

    /** Feeds an occurrence to the correlations that name its rule; a correlation that fires feeds those naming it (chains). */
    private void correlate(List<Link> feeds, CorrelationWindows.Occurrence o, Severity minLevel, Consumer<Alert> alerts) {
        for (Link link : feeds) {
            CorrelationWindows.Fired fired = link.windows().feed(o, link.index());
            if (fired == null) {
                continue;
            }
            CorrelationRule c = link.rule();
            if (c.severity.compareTo(minLevel) >= 0 && alerts(c.doc.id())) {
                alerts.accept(AlertFactory.correlation(c, fired));
            }
            List<Link> outer = links(c.doc.id());
            if (!outer.isEmpty()) {
                correlate(outer, new CorrelationWindows.Occurrence(fired.time(), c.doc.id(), c.doc.name(), fired::value, fired.events()),
                        minLevel, alerts);
            }
        }
    }

    /** @param ls an event's logsource, or null @return the rules that apply to it, indexed */
    Bucket bucket(LogSource ls) {
        if (ls == null) {
            return Bucket.EMPTY;
        }
        Object[] r = routed;
        // Parsers name logsources with constant strings, so a pass comparing references finds nearly every
        // event's bucket without comparing text; the second pass finds equal logsources spelled by other strings.
        String category = ls.category();
        String service = ls.service();
        String product = ls.product();
        for (int i = 0; i < r.length; i += 2) {
            LogSource k = (LogSource) r[i];
            if (k == ls || (k.category() == category && k.service() == service && k.product() == product)) {
                return (Bucket) r[i + 1];
            }
        }
        for (int i = 0; i < r.length; i += 2) {
            LogSource k = (LogSource) r[i];
            if (same(k.category(), category) && same(k.service(), service) && same(k.product(), product)) {
                return (Bucket) r[i + 1];
            }
        }
        Bucket b = bucketSlow(ls);
        synchronized (this) {
            if (routed.length < 2 * MAX_ROUTED) {
                Object[] grown = java.util.Arrays.copyOf(routed, routed.length + 2);
                grown[routed.length] = ls;
                grown[routed.length + 1] = b;
                routed = grown;
            }
        }
        return b;
    }

    /** Logsources remembered in the lock-free list; a source has a few dozen (Sysmon categories, channels). */
    private static final int MAX_ROUTED = 64;

    private static boolean same(String a, String b) {
        return a == b || (a != null && a.equals(b));
    }

    private Bucket bucketSlow(LogSource ls) {
        Bucket b = buckets.get(ls);
        if (b == null) {
            b = new Bucket(route(ls));
            if (buckets.size() < MAX_CACHED_LOGSOURCES) {
                Bucket raced = buckets.putIfAbsent(ls, b);
                if (raced != null) {
                    b = raced;
                }
            }
        }
        return b;
    }

    private List<CompiledRule> route(LogSource ls) {
        List<CompiledRule> out = new ArrayList<>();
        for (CompiledRule r : rules) {
            if (applies(r.doc.logsource(), ls)) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * A rule applies when each logsource key it names equals the event's; keys it does not name are free.
     * Sigma's {@code registry_event} is the union of the registry categories an event is given by its
     * Sysmon id (add, delete, set, rename).
     */
    static boolean applies(Map<String, String> rule, LogSource ls) {
        String p = rule.get("product");
        String c = rule.get("category");
        String s = rule.get("service");
        return (p == null || p.equalsIgnoreCase(ls.product())) && (c == null || categoryMatches(c, ls.category()))
                && (s == null || s.equalsIgnoreCase(ls.service()));
    }

    private static boolean categoryMatches(String rule, String event) {
        if (event == null) {
            return false;
        }
        if (rule.equalsIgnoreCase(event)) {
            return true;
        }
        return rule.equals("registry_event") && event.startsWith("registry_");
    }

    /** @param ruleId a base rule or correlation id @return the correlations it feeds */
    List<Link> links(String ruleId) {
        List<Link> l = links.get(ruleId);
        return l == null ? List.of() : l;
    }

    /** @param ruleId a base rule or correlation id @return whether it raises alerts of its own */
    boolean alerts(String ruleId) {
        return !suppressed.contains(ruleId);
    }

    /** @param event an event @return a new view of it for this rule set's fields */
    EventView view(io.usiem.api.event.Event event) {
        return new EventView(event, fields);
    }

    /**
     * @param event an event
     * @return this thread's view of this rule set, reset to the event: no per-event arrays as large as the
     *     rule set's field table (hundreds of slots with all rules)
     */
    EventView threadView(io.usiem.api.event.Event event) {
        EventView v = views.get();
        if (v.inUse()) {
            // Re-entered from an alert consumer on the same thread: the thread's view is busy.
            return new EventView(event, fields);
        }
        v.reset(event);
        return v;
    }

    /** @param id a rule id @return the rule, or null */
    CompiledRule rule(String id) {
        for (CompiledRule r : rules) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }
}
