package io.usiem.api.search;

import io.usiem.api.alert.Alert;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of alerts, newest first. Immutable.
 *
 * @since 1.1
 */
public final class AlertSearchResult {
    private final List<Alert> alerts;
    private final long total;
    private final @Nullable String nextCursor;

    private AlertSearchResult(List<Alert> alerts, long total, @Nullable String nextCursor) {
        this.alerts = List.copyOf(alerts);
        this.total = total;
        this.nextCursor = nextCursor;
    }

    /**
     * @param alerts the page, newest first
     * @param total how many alerts match in all
     * @param nextCursor the next page's cursor, or null
     * @return the result
     */
    public static AlertSearchResult of(List<Alert> alerts, long total, @Nullable String nextCursor) {
        return new AlertSearchResult(alerts, total, nextCursor);
    }

    /** @return the page of alerts */
    public List<Alert> alerts() {
        return alerts;
    }

    /** @return how many alerts match in all */
    public long total() {
        return total;
    }

    /** @return the next page's cursor, or null when this is the last */
    public @Nullable String nextCursor() {
        return nextCursor;
    }
}
