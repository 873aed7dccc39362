package io.usiem.connector.storelucene.internal;

import io.usiem.api.search.Aggregation;
import io.usiem.api.search.AggregationResult;
import io.usiem.api.search.QueryException;
import io.usiem.api.search.TimeRange;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;

/**
 * Computes aggregations from doc values: top-N terms and exact cardinality of keyword, IP, number and boolean
 * fields (each value of a multi-valued field counts), and date histograms of {@code @timestamp}.
 */
final class Aggregator {
    private Aggregator() {
    }

    static AggregationResult run(IndexSearcher s, Query q, TimeRange range, Aggregation a) throws IOException {
        return switch (a.type()) {
            case COUNT -> AggregationResult.of(a, s.count(q), List.of(), 0);
            case TERMS, CARDINALITY -> terms(s, q, a);
            case DATE_HISTOGRAM -> histogram(s, q, range, a);
        };
    }

    private static AggregationResult terms(IndexSearcher s, Query q, Aggregation a) throws IOException {
        String field = a.field();
        IndexedKind kind = FieldMapping.kindOf(field);
        if (kind == IndexedKind.TEXT) {
            throw new QueryException(field + " is full text; top values and cardinality need a keyword, IP or number field", -1);
        }
        ValueCounter counter = new ValueCounter(field, kind);
        s.search(q, counter);
        if (a.type() == Aggregation.Type.CARDINALITY) {
            return AggregationResult.of(a, counter.counts.size(), List.of(), 0);
        }
        List<Map.Entry<String, long[]>> entries = new ArrayList<>(counter.counts.entrySet());
        entries.sort((x, y) -> x.getValue()[0] != y.getValue()[0] ? Long.compare(y.getValue()[0], x.getValue()[0])
                : x.getKey().compareTo(y.getKey()));
        List<AggregationResult.Bucket> buckets = new ArrayList<>();
        long other = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (i < a.size()) {
                buckets.add(new AggregationResult.Bucket(entries.get(i).getKey(), entries.get(i).getValue()[0]));
            } else {
                other += entries.get(i).getValue()[0];
            }
        }
        return AggregationResult.of(a, counter.docs, buckets, other);
    }

    private static AggregationResult histogram(IndexSearcher s, Query q, TimeRange range, Aggregation a)
            throws IOException {
        long interval = a.intervalNanos();
        // buckets from what the window and the searched indexes can hold: an array, not a map, per event
        byte[] min = PointValues.getMinPackedValue(s.getIndexReader(), FieldMapping.TIMESTAMP);
        byte[] max = PointValues.getMaxPackedValue(s.getIndexReader(), FieldMapping.TIMESTAMP);
        if (min == null || max == null) {
            return AggregationResult.of(a, 0, List.of(), 0);
        }
        long lo = Math.max(range.fromNanos(), LongPoint.decodeDimension(min, 0));
        long hi = Math.min(range.toNanos() - 1, LongPoint.decodeDimension(max, 0));
        long first = Math.floorDiv(range.fromNanos() != Long.MIN_VALUE ? range.fromNanos() : lo, interval);
        long last = Math.floorDiv(range.toNanos() != Long.MAX_VALUE ? range.toNanos() - 1 : hi, interval);
        if (last - first >= Aggregation.MAX_BUCKETS) {
            throw new QueryException("the histogram would have " + (last - first + 1) + " buckets (at most "
                    + Aggregation.MAX_BUCKETS + "); choose a larger interval or a shorter time range", -1);
        }
        long[] counts = new long[(int) (last - first + 1)];
        long[] docs = new long[1];
        s.search(q, new SimpleCollector() {
            private SortedNumericDocValues values;

            @Override
            protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
                values = DocValues.getSortedNumeric(ctx.reader(), FieldMapping.TIMESTAMP);
            }

            @Override
            public void collect(int doc) throws IOException {
                docs[0]++;
                if (values.advanceExact(doc)) {
                    long bucket = Math.floorDiv(values.nextValue(), interval) - first;
                    if (bucket >= 0 && bucket < counts.length) {
                        counts[(int) bucket]++;
                    }
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        if (docs[0] == 0) {
            return AggregationResult.of(a, 0, List.of(), 0);
        }
        // an open side of the window ends at the first/last event rather than at the index's bounds
        int from = 0;
        int to = counts.length;
        while (range.fromNanos() == Long.MIN_VALUE && from < to && counts[from] == 0) {
            from++;
        }
        while (range.toNanos() == Long.MAX_VALUE && to > from && counts[to - 1] == 0) {
            to--;
        }
        List<AggregationResult.Bucket> buckets = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            buckets.add(new AggregationResult.Bucket(Instant.ofEpochSecond(0, (first + i) * interval).toString(), counts[i]));
        }
        return AggregationResult.of(a, docs[0], buckets, 0);
    }

    /** Counts the values of one field over the matching documents, per segment by ordinal, then by value. */
    private static final class ValueCounter extends SimpleCollector {
        private final String field;
        private final IndexedKind kind;
        final Map<String, long[]> counts = new HashMap<>();
        /** Numeric values by their raw long, turned into text once at the end. */
        private final Map<Long, long[]> numberCounts = new HashMap<>();
        long docs;
        private SortedSetDocValues ords;
        private SortedNumericDocValues numbers;
        private long[] ordCounts;

        ValueCounter(String field, IndexedKind kind) {
            this.field = field;
            this.kind = kind;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
            flush();
            if (kind == IndexedKind.KEYWORD || kind == IndexedKind.IP) {
                ords = DocValues.getSortedSet(ctx.reader(), field);
                ordCounts = new long[(int) Math.min(ords.getValueCount(), Integer.MAX_VALUE - 8)];
            } else {
                numbers = DocValues.getSortedNumeric(ctx.reader(), field);
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            docs++;
            if (ords != null) {
                if (ords.advanceExact(doc)) {
                    for (int i = 0; i < ords.docValueCount(); i++) {
                        ordCounts[(int) ords.nextOrd()]++;
                    }
                }
            } else if (numbers.advanceExact(doc)) {
                for (int i = 0; i < numbers.docValueCount(); i++) {
                    numberCounts.computeIfAbsent(numbers.nextValue(), k -> new long[1])[0]++;
                }
            }
        }

        private String number(long v) {
            return switch (kind) {
                case DOUBLE -> Double.toString(org.apache.lucene.util.NumericUtils.sortableLongToDouble(v));
                case TIMESTAMP -> Instant.ofEpochSecond(0, v).toString();
                default -> Long.toString(v);
            };
        }

        /** Moves the finished segment's ordinal counts into the value counts. */
        private void flush() throws IOException {
            if (ords != null) {
                for (int ord = 0; ord < ordCounts.length; ord++) {
                    if (ordCounts[ord] > 0) {
                        BytesRef b = ords.lookupOrd(ord);
                        String key = kind == IndexedKind.IP ? IpBytes.decode(b.bytes, b.offset).toString() : b.utf8ToString();
                        counts.computeIfAbsent(key, k -> new long[1])[0] += ordCounts[ord];
                    }
                }
            }
            ords = null;
            numbers = null;
        }

        @Override
        public void finish() throws IOException {
            flush();
            for (Map.Entry<Long, long[]> e : numberCounts.entrySet()) {
                counts.computeIfAbsent(number(e.getKey()), k -> new long[1])[0] += e.getValue()[0];
            }
            numberCounts.clear();
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
