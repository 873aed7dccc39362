package io.usiem.connector.datasets.internal;

import io.usiem.api.dataset.DatasetKind;

/**
 * A dataset's definition (from a factory configuration or {@code siem:dataset-add}).
 *
 * @param name unique name
 * @param kind kind
 * @param ttlMillis default entry lifetime, 0 for none
 * @param tenant tenant the dataset belongs to, empty for all
 * @param caseSensitive whether text keys keep their case
 * @param source feed URL (http/https/file) or file path, empty for a dataset filled by writers
 * @param format feed format
 * @param options format options
 * @param refreshSeconds how often the feed is fetched, 0 for once at start
 */
record Definition(String name, DatasetKind kind, long ttlMillis, String tenant, boolean caseSensitive, String source,
        FeedFormat format, ImportOptions options, long refreshSeconds) {

    static Definition manual(String name, DatasetKind kind, long ttlMillis) {
        return new Definition(name, kind, ttlMillis, "", false, "", FeedFormat.PLAIN, ImportOptions.DEFAULTS, 0);
    }

    Definition {
        if (name == null || !name.matches("[A-Za-z0-9_.\\-]{1,100}")) {
            throw new IllegalArgumentException("dataset name '" + name + "' must be 1-100 letters, digits, '_', '.', '-'");
        }
    }
}
