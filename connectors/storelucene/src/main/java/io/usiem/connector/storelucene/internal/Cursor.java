package io.usiem.connector.storelucene.internal;

import io.usiem.api.search.QueryException;

import org.apache.lucene.search.FieldDoc;

/** The search-after cursor: the sort values ({@code @timestamp}, sequence) of the last hit of a page, as text. */
final class Cursor {
    private Cursor() {
    }

    static String encode(FieldDoc last) {
        return last.fields[0] + "_" + last.fields[1];
    }

    /**
     * @param maxDoc the searched reader's size (a FieldDoc must name one of its documents)
     * @return a FieldDoc after which the next page starts; (time, sequence) does not repeat, so the doc id only
     *     has to be the last one for ties to be skipped
     */
    static FieldDoc decode(String cursor, int maxDoc) {
        int sep = cursor.indexOf('_');
        try {
            if (sep > 0) {
                long ts = Long.parseLong(cursor.substring(0, sep));
                long seq = Long.parseLong(cursor.substring(sep + 1));
                return new FieldDoc(Math.max(0, maxDoc - 1), Float.NaN, new Object[] {ts, seq});
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new QueryException("'" + cursor + "' is not a cursor of this store", -1);
    }
}
