package io.usiem.kernel.internal;

import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parsers the kernel tracks and the choice of parser for a line. A line that names a source type
 * goes to the parsers of that type. Otherwise the parser that last worked for the line's origin is
 * tried first (uSIEM's origin cache); when it stops working the kernel re-learns by trying the
 * guessable parsers in ranking order, then the catch-all ones.
 *
 * <p>Reads take an immutable snapshot, so adding or removing a parser never blocks parsing.
 */
final class ParserRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(ParserRegistry.class);
    private static final Comparator<ParserEntry> ORDER = Comparator.comparingInt((ParserEntry e) -> -e.ranking)
            .thenComparing(ParserEntry::name).thenComparingLong(e -> e.serviceId);

    /** Immutable view of the registered parsers. */
    private record Snapshot(List<ParserEntry> all, List<ParserEntry> guessOrder, Map<String, List<ParserEntry>> bySourceType) {
    }

    private final int originCacheSize;
    private final ConcurrentHashMap<Object, ParserEntry> originCache = new ConcurrentHashMap<>();
    private volatile Snapshot snapshot = new Snapshot(List.of(), List.of(), Map.of());
    private volatile long lastAddedNanos = System.nanoTime();
    private volatile long lastRemovedNanos = System.nanoTime() - Long.MAX_VALUE / 2;

    private final ParserWatchdog watchdog;

    ParserRegistry(int originCacheSize, ParserWatchdog watchdog) {
        this.originCacheSize = originCacheSize;
        this.watchdog = watchdog;
    }

    synchronized void add(ParserEntry entry) {
        List<ParserEntry> all = new ArrayList<>(snapshot.all());
        all.add(entry);
        publish(all);
        lastAddedNanos = System.nanoTime();
        LOG.info("Parser {} {} ({}) registered for source types {}", entry.name(), entry.version, entry.bundle,
                entry.metadata.sourceTypes());
    }

    synchronized void remove(long serviceId) {
        List<ParserEntry> all = new ArrayList<>(snapshot.all());
        all.removeIf(e -> e.serviceId == serviceId);
        // Before the new list: a worker that finds the parser gone must also see that it left just now, or it
        // stores its line raw instead of holding it for the replacement.
        lastRemovedNanos = System.nanoTime();
        publish(all);
        originCache.values().removeIf(e -> e.serviceId == serviceId);
    }

    private void publish(List<ParserEntry> all) {
        all.sort(ORDER);
        List<ParserEntry> guess = new ArrayList<>();
        all.stream().filter(e -> e.metadata.isGuessable()).forEach(guess::add);
        all.stream().filter(e -> !e.metadata.isGuessable()).forEach(guess::add);
        Map<String, List<ParserEntry>> byType = new HashMap<>();
        for (ParserEntry e : all) {
            for (String type : e.metadata.sourceTypes()) {
                byType.computeIfAbsent(type, t -> new ArrayList<>()).add(e);
            }
        }
        byType.replaceAll((k, v) -> List.copyOf(v));
        snapshot = new Snapshot(List.copyOf(all), List.copyOf(guess), Map.copyOf(byType));
    }

    ParserWatchdog watchdog() {
        return watchdog;
    }

    long lastAddedNanos() {
        return lastAddedNanos;
    }

    /** @return whether a parser left within the last {@code nanos} */
    boolean removedWithin(long nanos, long nowNanos) {
        return nowNanos - lastRemovedNanos < nanos;
    }

    int originCacheEntries() {
        return originCache.size();
    }

    List<ParserEntry> entries() {
        return snapshot.all();
    }

    /**
     * Chooses a parser and parses.
     *
     * @param raw the line
     * @param learn false for dry runs: neither the origin cache nor the counters change
     */
    ParseOutcome parse(RawLog raw, boolean learn) {
        return parse(raw, learn ? watchdog.slot() : null);
    }

    /**
     * Chooses a parser and parses on a pipeline worker.
     *
     * @param slot the worker's watchdog slot; null for dry runs, which neither learn nor count
     */
    ParseOutcome parse(RawLog raw, ParserWatchdog.Slot slot) {
        boolean learn = slot != null;
        Snapshot s = snapshot;
        Attempts attempts = new Attempts();
        String type = raw.sourceType();
        if (type != null) {
            List<ParserEntry> candidates = s.bySourceType().get(type);
            if (candidates == null) {
                attempts.add("no parser for source type " + type);
                return new ParseOutcome(null, ParseResult.notMine(), attempts.lines(), attempts.parserFailed);
            }
            return tryAll(raw, candidates, null, slot, attempts, null);
        }
        Object origin = originKey(raw);
        ParserEntry cached = originCache.get(origin);
        if (cached != null) {
            ParseOutcome o = tryOne(raw, cached, slot, attempts);
            if (o != null) {
                return o;
            }
            if (learn) {
                originCache.remove(origin, cached);
            }
        }
        if (s.guessOrder().isEmpty()) {
            attempts.add("no parser installed");
            return new ParseOutcome(null, ParseResult.notMine(), attempts.lines(), attempts.parserFailed);
        }
        return tryAll(raw, s.guessOrder(), cached, slot, attempts, origin);
    }

    private ParseOutcome tryAll(RawLog raw, List<ParserEntry> candidates, ParserEntry skip, ParserWatchdog.Slot slot,
            Attempts attempts, Object origin) {
        boolean learn = slot != null;
        for (ParserEntry e : candidates) {
            if (e == skip) {
                continue;
            }
            ParseOutcome o = tryOne(raw, e, slot, attempts);
            if (o != null) {
                if (learn && origin != null && o.result().isParsed()) {
                    remember(origin, e);
                }
                return o;
            }
        }
        return new ParseOutcome(null, ParseResult.notMine(), attempts.lines(), attempts.parserFailed);
    }

    /** @return the outcome when the parser decided (parsed, format error, discard), null to try the next */
    private ParseOutcome tryOne(RawLog raw, ParserEntry e, ParserWatchdog.Slot slot, Attempts attempts) {
        boolean learn = slot != null;
        if (e.quarantined()) {
            attempts.add(e.name() + ": quarantined (calls of it are stuck)");
            return null;
        }
        ParseResult r;
        // Dry runs are not watched: they run on the caller's thread, not a pipeline worker.
        if (slot != null) {
            watchdog.enter(slot, e);
        }
        try {
            r = e.parser.parse(raw);
        } catch (RuntimeException | Error ex) {
            // A parser bug, a parser whose bundle is being stopped or updated, or an Error confined to this call
            // (StackOverflowError from a regex, OutOfMemoryError on one huge line): try the next one.
            if (learn) {
                e.failures.increment();
            }
            attempts.add(e.name() + ": exception " + ex);
            attempts.parserFailed = true;
            LOG.debug("Parser {} threw on a line", e.name(), ex);
            return null;
        } finally {
            if (slot != null) {
                watchdog.exit(slot);
            }
        }
        if (r == null) {
            if (learn) {
                e.failures.increment();
            }
            attempts.add(e.name() + ": returned null");
            attempts.parserFailed = true;
            return null;
        }
        switch (r.kind()) {
            case PARSED:
                if (learn) {
                    e.parsed.increment();
                }
                return new ParseOutcome(e, r, attempts.lines(), attempts.parserFailed);
            case FORMAT_ERROR:
                if (learn) {
                    e.formatErrors.increment();
                }
                attempts.add(e.name() + ": format error: " + r.reason());
                return new ParseOutcome(e, r, attempts.lines(), attempts.parserFailed);
            case DISCARD:
                if (learn) {
                    e.discarded.increment();
                }
                return new ParseOutcome(e, r, attempts.lines(), attempts.parserFailed);
            default:
                if (learn) {
                    e.notMine.increment();
                }
                attempts.add(e.name() + ": not mine");
                return null;
        }
    }

    /** What parser selection tried for one line; the list exists only once a parser declined. */
    private static final class Attempts {
        private List<String> lines;
        boolean parserFailed;

        void add(String line) {
            if (lines == null) {
                lines = new ArrayList<>(2);
            }
            lines.add(line);
        }

        List<String> lines() {
            return lines == null ? List.of() : lines;
        }
    }

    private void remember(Object origin, ParserEntry e) {
        if (originCache.size() >= originCacheSize) {
            // Cheap bound: forget everything and re-learn; origins are few in practice.
            originCache.clear();
        }
        originCache.put(origin, e);
    }

    private static Object originKey(RawLog raw) {
        if (raw.originIp() != null) {
            return raw.originIp();
        }
        if (raw.originHost() != null) {
            return raw.originHost();
        }
        return raw.input() != null ? "input:" + raw.input() : "unknown";
    }
}
