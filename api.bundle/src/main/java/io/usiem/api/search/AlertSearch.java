package io.usiem.api.search;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Searches stored alerts, with the same query language as events. Alert fields: {@code rule.id},
 * {@code rule.name}, {@code alert.severity} (the {@link io.usiem.api.alert.Severity} name in lower case),
 * {@code tags}, {@code organization.id}, {@code @timestamp} (creation time), {@code alert.group_by.<field>},
 * and the fields of the alert's events. Thread-safe.
 *
 * @since 1.1
 */
@ProviderType
public interface AlertSearch {
    /**
     * @param caller who asks
     * @param request query, window of creation time, page size and cursor
     * @return a page of alerts, newest first
     * @throws QueryException when the query cannot run
     * @throws SearchException when the store fails
     */
    AlertSearchResult searchAlerts(CallerContext caller, SearchRequest request);
}
