package io.usiem.connector.datasets.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

import io.usiem.api.dataset.DatasetKind;

/**
 * Base of the text kinds: a published immutable hash map. Keys are compared case-insensitively by
 * default (domains, hashes, user names); a lookup lower-cases only when the key has upper case.
 */
abstract class TextKeyed extends StoredDataset {
    private volatile Map<String, Entry> map = Map.of();
    private volatile boolean anyExpiry;
    private volatile boolean caseSensitive;

    TextKeyed(String name, DatasetKind kind, LongSupplier clock) {
        super(name, kind, clock);
    }

    void caseSensitive(boolean cs) {
        this.caseSensitive = cs;
    }

    @Override
    @Nullable String canonical(String key) {
        String k = key.trim();
        if (k.isEmpty()) {
            return null;
        }
        return caseSensitive ? k : fold(k);
    }

    private static String fold(String k) {
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (c >= 'A' && c <= 'Z' || c > 127) {
                return k.toLowerCase(java.util.Locale.ROOT);
            }
        }
        return k;
    }

    @Override
    void publish(List<Entry> entries) {
        Map<String, Entry> m = new HashMap<>(Math.max(16, entries.size() * 4 / 3 + 1));
        boolean expiry = false;
        for (Entry e : entries) {
            m.put(e.key(), e);
            expiry |= e.expiresAt() != Entry.NEVER;
        }
        anyExpiry = expiry;
        map = m;
    }

    @Override
    public long size() {
        return map.size();
    }

    final @Nullable Entry lookup(String key) {
        Map<String, Entry> m = map;
        Entry e = m.get(caseSensitive ? key : fold(key));
        return e == null || anyExpiry && e.expired(clock.getAsLong()) ? null : e;
    }
}
