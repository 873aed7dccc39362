package io.usiem.connector.gathering.internal;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.usiem.api.dataset.DatasetWriter;

/**
 * Asks one reputation API about observables, off the hot path: {@link #offer} (called by the enrich
 * stage) only checks a cache and puts the observable in a bounded queue; one worker thread takes from
 * it at the API's quota (per minute and per day, pausing on HTTP 429) and writes each answer to the
 * result dataset, and malicious ones to the block/IOC dataset, so later events are enriched by the
 * threat intel enricher.
 */
final class Gatherer {
    private static final Logger LOG = LoggerFactory.getLogger(Gatherer.class);

    /** Where answers go. */
    record Targets(String ipResults, String textResults, String ipMalicious, String textMalicious, long resultTtlMillis,
            long maliciousTtlMillis) {
    }

    private record Item(Lookup.Kind kind, Object key, String value) {
    }

    private final String name;
    private final Lookup lookup;
    private final DatasetWriter writer;
    private final Targets targets;
    private final long minIntervalMillis;
    private final int perDay;
    private final long cacheTtlMillis;
    private final int maxCache;
    private final LongSupplier clock;
    private final Map<Object, Long> cache = new ConcurrentHashMap<>();
    private final BlockingQueue<Item> queue;
    private final AtomicLong asked = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private long nextAllowed;
    private long day = -1;
    private int today;
    private volatile @Nullable Thread worker;
    private volatile String status = "idle";

    Gatherer(String name, Lookup lookup, DatasetWriter writer, Targets targets, int perMinute, int perDay, long cacheTtlMillis,
            int maxCache, int queueSize, LongSupplier clock) {
        if (perMinute < 1 || perDay < 1) {
            throw new IllegalArgumentException(name + ": requests.per.minute and requests.per.day must be >= 1");
        }
        this.name = name;
        this.lookup = lookup;
        this.writer = writer;
        this.targets = targets;
        this.minIntervalMillis = 60_000L / perMinute;
        this.perDay = perDay;
        this.cacheTtlMillis = cacheTtlMillis;
        this.maxCache = maxCache;
        this.clock = clock;
        this.queue = new ArrayBlockingQueue<>(queueSize);
    }

    /** Hot path: never blocks; {@code key} is an {@code IpAddress} or a String, its text is what is asked; allocates only for an observable not asked about within the cache TTL. @return whether it was queued */
    boolean offer(Lookup.Kind kind, Object key) {
        long now = clock.getAsLong();
        Long until = cache.get(key);
        if (until != null && until > now) {
            return false;
        }
        if (cache.size() >= maxCache) {
            cache.values().removeIf(t -> t <= now);
            if (cache.size() >= maxCache) {
                return false;
            }
        }
        if (cache.put(key, now + cacheTtlMillis) != null && until == null) {
            return false; // another thread queued it just now
        }
        if (!queue.offer(new Item(kind, key, key.toString()))) {
            cache.remove(key);
            return false;
        }
        return true;
    }

    void start() {
        Thread t = new Thread(this::run, "usiem-gathering-" + name);
        t.setDaemon(true);
        worker = t;
        t.start();
    }

    void stop() throws InterruptedException {
        Thread t = worker;
        worker = null;
        if (t != null) {
            t.interrupt();
            t.join(10_000);
        }
    }

    private void run() {
        while (worker == Thread.currentThread()) {
            try {
                Item item = queue.poll(1, TimeUnit.SECONDS);
                if (item != null) {
                    process(item);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("{} gathering failed", name, e);
            }
        }
    }

    private void process(Item item) throws InterruptedException {
        long now = clock.getAsLong();
        long d = now / 86_400_000L;
        if (d != day) {
            day = d;
            today = 0;
        }
        if (today >= perDay) {
            // daily quota spent: forget the item, it is asked again when it shows up after its cache entry expires
            cache.put(item.key(), (d + 1) * 86_400_000L);
            status = "daily quota of " + perDay + " spent";
            return;
        }
        if (now < nextAllowed) {
            Thread.sleep(nextAllowed - now);
        }
        today++;
        nextAllowed = clock.getAsLong() + minIntervalMillis;
        try {
            Lookup.Answer a = lookup.ask(item.kind(), item.value());
            if (a.retryAfterMillis() > 0) {
                nextAllowed = clock.getAsLong() + a.retryAfterMillis();
                status = "rate limited by the API, pausing " + a.retryAfterMillis() / 1000 + " s";
                if (!queue.offer(item)) {
                    cache.remove(item.key());
                }
                return;
            }
            asked.incrementAndGet();
            write(item, a);
            status = "ok: " + asked.get() + " answers, " + failed.get() + " failures";
        } catch (java.io.IOException | RuntimeException e) {
            failed.incrementAndGet();
            cache.remove(item.key());
            status = "last request failed: " + e.getMessage();
            LOG.debug("{} lookup of {} failed", name, item.value(), e);
        }
    }

    private void write(Item item, Lookup.Answer a) {
        boolean ip = item.kind() == Lookup.Kind.IP;
        String results = ip ? targets.ipResults() : targets.textResults();
        if (!results.isEmpty()) {
            writer.put(results, item.value(), a.summary(), targets.resultTtlMillis());
        }
        String bad = ip ? targets.ipMalicious() : targets.textMalicious();
        if (a.malicious() && !bad.isEmpty()) {
            writer.put(bad, item.value(), name + ": " + a.summary(), targets.maliciousTtlMillis());
        }
    }

    String status() {
        return status + "; queued " + queue.size();
    }

    long answers() {
        return asked.get();
    }

    static long retryAfterMillis(HttpResponse<?> resp, long fallback) {
        return resp.headers().firstValue("Retry-After").map(v -> {
            try {
                return Math.max(1, Long.parseLong(v.trim())) * 1000;
            } catch (NumberFormatException e) {
                return fallback;
            }
        }).orElse(fallback);
    }

    static String clip(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
