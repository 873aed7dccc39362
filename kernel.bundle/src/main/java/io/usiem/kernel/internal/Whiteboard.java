package io.usiem.kernel.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
        next.removeIf(t -> t.serviceId() == serviceId);
        tracked = List.copyOf(next);
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
