package io.usiem.parser.iis.internal;

import io.usiem.api.parser.RawLog;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last {@code #Fields} layout each origin (input, host name and address) sent, for its later data lines: bounded,
 * the least recently used origin forgotten first. Thread-safe; no lock is taken until some origin sent a directive.
 */
final class Origins {
    private final int max;
    private final Map<String, Layout> layouts;
    private volatile boolean any;

    /** @param max how many origins are remembered, at least 1 */
    Origins(int max) {
        this.max = max;
        this.layouts = new LinkedHashMap<>(Math.min(max, 64), 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Layout> eldest) {
                return size() > Origins.this.max;
            }
        };
    }

    static String key(RawLog raw) {
        return raw.input() + '|' + raw.originHost() + '|' + raw.originIp();
    }

    /** @return the origin's layout, or null when it sent none (or was forgotten) */
    Layout get(RawLog raw) {
        if (!any) {
            return null;
        }
        String key = key(raw);
        synchronized (layouts) {
            return layouts.get(key);
        }
    }

    void put(RawLog raw, Layout layout) {
        String key = key(raw);
        synchronized (layouts) {
            layouts.put(key, layout);
        }
        any = true;
    }

    int size() {
        synchronized (layouts) {
            return layouts.size();
        }
    }
}
