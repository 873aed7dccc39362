package io.usiem.kernel.internal;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts events dropped, per reason; every drop in the kernel goes through here so none is silent. */
final class DropCounters {
    private final ConcurrentHashMap<String, LongAdder> counters = new ConcurrentHashMap<>();

    void add(String reason, long count) {
        if (count > 0) {
            counters.computeIfAbsent(reason, r -> new LongAdder()).add(count);
        }
    }

    long get(String reason) {
        LongAdder a = counters.get(reason);
        return a == null ? 0 : a.sum();
    }

    long total() {
        long sum = 0;
        for (LongAdder a : counters.values()) {
            sum += a.sum();
        }
        return sum;
    }

    Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        counters.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}
