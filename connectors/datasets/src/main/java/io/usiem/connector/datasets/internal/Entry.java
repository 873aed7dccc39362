package io.usiem.connector.datasets.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One dataset entry: the canonical key, its value (null for sets, a String for maps and CIDR labels,
 * an immutable list for list maps) and when it expires ({@link Long#MAX_VALUE}: never).
 */
record Entry(String key, @Nullable Object value, long expiresAt) {
    static final long NEVER = Long.MAX_VALUE;

    boolean expired(long now) {
        return expiresAt <= now;
    }

    @Nullable String text() {
        return value instanceof String s ? s : null;
    }

    @SuppressWarnings("unchecked")
    List<String> list() {
        return value instanceof List<?> l ? (List<String>) l : List.of();
    }
}
