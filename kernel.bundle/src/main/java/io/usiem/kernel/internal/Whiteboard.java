package io.usiem.kernel.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Services of one kind the kernel tracks (enrichers, sinks, detectors, alert sinks), kept as an
 * immutable list ordered by descending service ranking so the hot path reads without locking.
 */
final class Whiteboard<S> {
    /** A tracked service with the properties that order it. */
    record Tracked<S>(S service, int ranking, long serviceId) {
    }

    private final Function<S, String> names;
    private volatile List<Tracked<S>> tracked = List.of();
    /** When a service of each name last left, for work held for it to wait for a replacement. */
    private final Map<String, Long> leftNanos = new ConcurrentHashMap<>();

    Whiteboard(Function<S, String> names) {
        this.names = names;
    }

    synchronized void add(S service, int ranking, long serviceId) {
        List<Tracked<S>> next = new ArrayList<>(tracked);
        next.add(new Tracked<>(service, ranking, serviceId));
        next.sort(Comparator.comparingInt((Tracked<S> t) -> -t.ranking()).thenComparingLong(Tracked::serviceId));
        tracked = List.copyOf(next);
    }

    synchronized void remove(long serviceId) {
        List<Tracked<S>> next = new ArrayList<>(tracked);
        for (Tracked<S> t : tracked) {
            if (t.serviceId() == serviceId) {
                next.remove(t);
                // Recorded before the new list is published, so no reader sees the service gone without it.
                leftNanos.put(nameOf(t.service()), System.nanoTime());
            }
        }
        tracked = List.copyOf(next);
    }

    /** @return the tracked service of that name with the highest ranking, or null */
    S find(String name) {
        for (Tracked<S> t : tracked) {
            if (name.equals(nameOf(t.service()))) {
                return t.service();
            }
        }
        return null;
    }

    /** @return names of the services tracked now and of those that left within the last {@code nanos} */
    Set<String> namesIncludingLeftWithin(long nanos) {
        Set<String> out = new LinkedHashSet<>(names());
        long now = System.nanoTime();
        leftNanos.forEach((name, at) -> {
            if (now - at < nanos) {
                out.add(name);
            }
        });
        return out;
    }

    /** @return whether a service of that name left within the last {@code nanos} (its replacement may come) */
    boolean leftWithin(String name, long nanos) {
        Long at = leftNanos.get(name);
        return at != null && System.nanoTime() - at < nanos;
    }

    List<Tracked<S>> tracked() {
        return tracked;
    }

    boolean isEmpty() {
        return tracked.isEmpty();
    }

    String nameOf(S service) {
        try {
            return names.apply(service);
        } catch (RuntimeException e) {
            return service.getClass().getName();
        }
    }

    List<String> names() {
        List<String> out = new ArrayList<>();
        for (Tracked<S> t : tracked) {
            out.add(nameOf(t.service()));
        }
        return out;
    }
}
