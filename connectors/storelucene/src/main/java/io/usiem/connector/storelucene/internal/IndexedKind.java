package io.usiem.connector.storelucene.internal;

/** How a field is indexed, which decides how a query on it is translated. */
enum IndexedKind {
    /** Exact term plus sorted-set doc values (top-N, cardinality). */
    KEYWORD,
    /** Analysed words, no doc values. */
    TEXT,
    /** 16-byte IP point plus sorted-set doc values of the same bytes. */
    IP,
    /** Long point plus sorted-numeric doc values. */
    LONG,
    /** Double point plus sorted-numeric doc values. */
    DOUBLE,
    /** Long point of epoch nanoseconds plus sorted-numeric doc values. */
    TIMESTAMP
}
