package io.usiem.connector.datasets.internal;

/**
 * Format options.
 *
 * @param column CSV key column (0-based)
 * @param valueColumn CSV value column, -1 for none
 * @param delimiter CSV delimiter
 * @param skipHeader whether the first CSV line is a header
 * @param minCount IPsum minimum number of lists
 */
record ImportOptions(int column, int valueColumn, char delimiter, boolean skipHeader, int minCount) {
    static final ImportOptions DEFAULTS = new ImportOptions(0, -1, ',', false, 1);
}
