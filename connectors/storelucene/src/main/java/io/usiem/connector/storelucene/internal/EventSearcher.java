package io.usiem.connector.storelucene.internal;

import io.usiem.api.codec.EventBinaryCodec;
import io.usiem.api.event.Event;
import io.usiem.api.search.CallerContext;
import io.usiem.api.search.SearchRequest;
import io.usiem.api.search.SearchResult;
import io.usiem.api.search.TimeRange;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Runs searches over a set of indexes: the time window and the caller's tenants become filters, hits come newest
 * first (time, then sequence) and page by search-after, and each hit is read back from its stored codec bytes.
 */
final class EventSearcher {
    static final Sort NEWEST_FIRST = new Sort(new SortedNumericSortField(FieldMapping.TIMESTAMP, SortField.Type.LONG, true),
            new SortedNumericSortField(FieldMapping.SEQUENCE, SortField.Type.LONG, true));
    private static final Set<String> SOURCE_ONLY = Set.of(FieldMapping.SOURCE);

    private EventSearcher() {
    }

    /** The query restricted to the window and the tenants the caller may see. */
    static Query filtered(Query query, TimeRange range, CallerContext caller) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, Occur.FILTER);
        if (range.fromNanos() != Long.MIN_VALUE || range.toNanos() != Long.MAX_VALUE) {
            b.add(LongField.newRangeQuery(FieldMapping.TIMESTAMP, range.fromNanos(),
                    range.toNanos() == Long.MIN_VALUE ? Long.MIN_VALUE : range.toNanos() - 1), Occur.FILTER);
        }
        if (!caller.tenants().isEmpty()) {
            b.add(KeywordField.newSetQuery(FieldMapping.TENANT, caller.tenants().stream().map(BytesRef::new).toList()),
                    Occur.FILTER);
        }
        return b.build();
    }

    /** @return whether the reader may hold events of the window (by its points' bounds) */
    static boolean overlaps(IndexReader reader, TimeRange range) throws IOException {
        byte[] min = PointValues.getMinPackedValue(reader, FieldMapping.TIMESTAMP);
        byte[] max = PointValues.getMaxPackedValue(reader, FieldMapping.TIMESTAMP);
        if (min == null || max == null) {
            return false;
        }
        long lo = org.apache.lucene.document.LongPoint.decodeDimension(min, 0);
        long hi = org.apache.lucene.document.LongPoint.decodeDimension(max, 0);
        return hi >= range.fromNanos() && lo < range.toNanos();
    }

    static IndexSearcher searcher(List<IndexReader> readers) throws IOException {
        IndexSearcher s = new IndexSearcher(new MultiReader(readers.toArray(new IndexReader[0]), false));
        s.setQueryCache(null);
        return s;
    }

    /**
     * @param decode reads a hit's stored bytes into the result type
     * @return the page, the total and the next cursor
     */
    static <T> Page<T> page(IndexSearcher s, Query q, int size, String cursor, Function<BytesRef, T> decode)
            throws IOException {
        long total = s.count(q);
        if (cursor != null) {
            Cursor.decode(cursor, 0); // a bad cursor is the caller's error even when nothing matches
        }
        if (size == 0 || total == 0) {
            return new Page<>(List.of(), total, null);
        }
        TopDocs top = cursor == null ? s.search(q, size, NEWEST_FIRST)
                : s.searchAfter(Cursor.decode(cursor, s.getIndexReader().maxDoc()), q, size, NEWEST_FIRST);
        StoredFields stored = s.storedFields();
        List<T> items = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            items.add(decode.apply(stored.document(sd.doc, SOURCE_ONLY).getBinaryValue(FieldMapping.SOURCE)));
        }
        String next = top.scoreDocs.length == size ? Cursor.encode((FieldDoc) top.scoreDocs[size - 1]) : null;
        return new Page<>(items, total, next);
    }

    static SearchResult events(IndexSearcher s, Query q, SearchRequest r, long startNanos) throws IOException {
        Page<Event> p = page(s, q, r.size(), r.cursor(),
                b -> EventBinaryCodec.decodeEvent(b.bytes, b.offset, b.length));
        return SearchResult.of(p.items(), p.total(), p.next(), System.nanoTime() - startNanos);
    }

    /** A page of decoded hits. */
    record Page<T>(List<T> items, long total, String next) {
    }
}
