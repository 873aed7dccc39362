package io.usiem.enricher.directoryusers.internal;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Users by name, filled by one worker thread that asks the directory; the enrich stage only reads. A user
 * not cached (or expired) is queued and the event goes on without directory data (an expired entry is still
 * served until the refresh lands): the enrich stage never waits for LDAP.
 */
final class UserCache {
    private static final Logger LOG = LoggerFactory.getLogger(UserCache.class);

    /** Looks one user up. */
    interface Source {
        @Nullable UserInfo find(String user) throws Exception;
    }

    private record Cached(@Nullable UserInfo info, long expires) {
    }

    private final Source source;
    private final long ttlMillis;
    private final long negativeTtlMillis;
    private final int maxSize;
    private final LongSupplier clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, Boolean> pending = new ConcurrentHashMap<>();
    private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(10_000);
    private volatile @Nullable Thread worker;
    private volatile String status = "idle";
    /** After a failed lookup no new lookups are queued for a while: a directory that is down is not hammered. */
    private volatile long pauseUntil;
    private static final long PAUSE_MILLIS = 30_000;

    UserCache(Source source, long ttlMillis, long negativeTtlMillis, int maxSize, LongSupplier clock) {
        this.source = source;
        this.ttlMillis = ttlMillis;
        this.negativeTtlMillis = negativeTtlMillis;
        this.maxSize = maxSize;
        this.clock = clock;
    }

    /** Hot path. @return the cached user, or null (then a lookup is queued unless one is pending) */
    @Nullable UserInfo get(String user) {
        Cached c = cache.get(user);
        long now = clock.getAsLong();
        if ((c == null || c.expires <= now) && now >= pauseUntil) {
            if (pending.putIfAbsent(user, Boolean.TRUE) == null && !queue.offer(user)) {
                pending.remove(user);
            }
        }
        return c == null ? null : c.info;
    }

    void start() {
        Thread t = new Thread(this::run, "usiem-directoryusers");
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
            String user;
            try {
                user = queue.poll(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (user != null) {
                lookup(user);
            }
        }
    }

    /** Asks the directory now (the worker's step; tests call it directly). */
    void lookup(String user) {
        try {
            UserInfo info = source.find(user);
            if (cache.size() >= maxSize) {
                long now = clock.getAsLong();
                cache.values().removeIf(c -> c.expires <= now);
                if (cache.size() >= maxSize) {
                    cache.clear();
                }
            }
            cache.put(user, new Cached(info, clock.getAsLong() + (info == null ? negativeTtlMillis : ttlMillis)));
            status = "ok: " + cache.size() + " users cached";
        } catch (Exception e) {
            // keep a stale entry if there is one; ask again when the user shows up next
            status = "directory lookup failed: " + e.getMessage();
            pauseUntil = clock.getAsLong() + PAUSE_MILLIS;
            LOG.debug("Directory lookup of {} failed", user, e);
        } finally {
            pending.remove(user);
        }
    }

    String status() {
        return status;
    }
}
