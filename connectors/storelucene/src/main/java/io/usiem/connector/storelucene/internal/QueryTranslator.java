package io.usiem.connector.storelucene.internal;

import io.usiem.api.event.IpAddress;
import io.usiem.api.search.Query;
import io.usiem.api.search.QueryException;
import io.usiem.api.search.QueryVisitor;
import io.usiem.api.search.TimeExpressions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.InetAddressPoint;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * Translates the search SPI's query tree into a Lucene query, field by field as {@link FieldMapping} says the
 * field is indexed: a value that does not fit its field (a word for a port, a CIDR on a keyword) is a
 * {@link QueryException}. Relative times resolve against the time given at construction.
 */
final class QueryTranslator implements QueryVisitor<org.apache.lucene.search.Query> {
    private final long nowNanos;

    QueryTranslator(long nowNanos) {
        this.nowNanos = nowNanos;
    }

    org.apache.lucene.search.Query translate(Query q) {
        return q.accept(this);
    }

    @Override
    public org.apache.lucene.search.Query matchAll() {
        return new MatchAllDocsQuery();
    }

    @Override
    public org.apache.lucene.search.Query term(Query.Term q) {
        String f = q.field();
        String v = q.value();
        return switch (FieldMapping.kindOf(f)) {
            case KEYWORD -> KeywordField.newExactQuery(f, v);
            case TEXT -> words(f, v);
            case IP -> InetAddressPoint.newExactQuery(f, inet(f, ip(f, v)));
            case LONG -> LongField.newExactQuery(f, longValue(f, v));
            case DOUBLE -> DoubleField.newExactQuery(f, doubleValue(f, v));
            case TIMESTAMP -> LongField.newExactQuery(f, time(f, v));
        };
    }

    @Override
    public org.apache.lucene.search.Query phrase(Query.Phrase q) {
        String f = q.field() == null ? FieldMapping.ORIGINAL : q.field();
        IndexedKind kind = FieldMapping.kindOf(f);
        if (kind == IndexedKind.TEXT) {
            return words(f, q.text());
        }
        return term(new Query.Term(f, q.text()));
    }

    @Override
    public org.apache.lucene.search.Query wildcard(Query.Wildcard q) {
        String f = q.field() == null ? FieldMapping.ORIGINAL : q.field();
        return switch (FieldMapping.kindOf(f)) {
            case KEYWORD -> new WildcardQuery(new Term(f, q.pattern()));
            case TEXT -> new WildcardQuery(new Term(f, q.pattern().toLowerCase(Locale.ROOT)));
            default -> throw new QueryException("wildcards work on keyword and text fields, not on " + f, -1);
        };
    }

    @Override
    public org.apache.lucene.search.Query range(Query.Range q) {
        String f = q.field();
        String lo = q.lower();
        String hi = q.upper();
        switch (FieldMapping.kindOf(f)) {
            case KEYWORD:
                return TermRangeQuery.newStringRange(f, lo, hi, q.includeLower(), q.includeUpper());
            case LONG: {
                long l = lo == null ? Long.MIN_VALUE : longValue(f, lo);
                long h = hi == null ? Long.MAX_VALUE : longValue(f, hi);
                return longRange(f, l, h, lo != null && !q.includeLower(), hi != null && !q.includeUpper());
            }
            case TIMESTAMP: {
                long l = lo == null ? Long.MIN_VALUE : time(f, lo);
                long h = hi == null ? Long.MAX_VALUE : time(f, hi);
                return longRange(f, l, h, lo != null && !q.includeLower(), hi != null && !q.includeUpper());
            }
            case DOUBLE: {
                double l = lo == null ? Double.NEGATIVE_INFINITY : doubleValue(f, lo);
                double h = hi == null ? Double.POSITIVE_INFINITY : doubleValue(f, hi);
                l = lo != null && !q.includeLower() ? Math.nextUp(l) : l;
                h = hi != null && !q.includeUpper() ? Math.nextDown(h) : h;
                return DoubleField.newRangeQuery(f, l, h);
            }
            case IP: {
                InetAddress l = lo == null ? InetAddressPoint.MIN_VALUE : inet(f, ip(f, lo));
                InetAddress h = hi == null ? InetAddressPoint.MAX_VALUE : inet(f, ip(f, hi));
                if (lo != null && !q.includeLower()) {
                    if (l.equals(InetAddressPoint.MAX_VALUE)) {
                        return new MatchNoDocsQuery();
                    }
                    l = InetAddressPoint.nextUp(l);
                }
                if (hi != null && !q.includeUpper()) {
                    if (h.equals(InetAddressPoint.MIN_VALUE)) {
                        return new MatchNoDocsQuery();
                    }
                    h = InetAddressPoint.nextDown(h);
                }
                return InetAddressPoint.newRangeQuery(f, l, h);
            }
            default:
                throw new QueryException("ranges work on keyword, number, IP and time fields, not on the text of " + f, -1);
        }
    }

    private static org.apache.lucene.search.Query longRange(String f, long l, long h, boolean excludeLower,
            boolean excludeUpper) {
        if (excludeLower) {
            if (l == Long.MAX_VALUE) {
                return new MatchNoDocsQuery();
            }
            l++;
        }
        if (excludeUpper) {
            if (h == Long.MIN_VALUE) {
                return new MatchNoDocsQuery();
            }
            h--;
        }
        return LongField.newRangeQuery(f, l, h);
    }

    @Override
    public org.apache.lucene.search.Query cidr(Query.Cidr q) {
        if (FieldMapping.kindOf(q.field()) != IndexedKind.IP) {
            throw new QueryException(q.field() + " is not an IP field; CIDR " + q.network() + "/" + q.prefixLength()
                    + " needs one (source.ip, destination.ip, host.ip, related.ip...)", -1);
        }
        return InetAddressPoint.newPrefixQuery(q.field(), inet(q.field(), q.network()), q.prefixLength());
    }

    @Override
    public org.apache.lucene.search.Query exists(Query.Exists q) {
        return new FieldExistsQuery(q.field());
    }

    @Override
    public org.apache.lucene.search.Query freeText(Query.FreeText q) {
        return words(FieldMapping.ORIGINAL, q.text());
    }

    @Override
    public org.apache.lucene.search.Query and(Query.And q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean positive = false;
        for (Query c : q.clauses()) {
            if (c instanceof Query.Not n) {
                b.add(n.clause().accept(this), Occur.MUST_NOT);
            } else {
                b.add(c.accept(this), Occur.FILTER);
                positive = true;
            }
        }
        if (!positive) {
            b.add(new MatchAllDocsQuery(), Occur.FILTER);
        }
        return b.build();
    }

    @Override
    public org.apache.lucene.search.Query or(Query.Or q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        for (Query c : q.clauses()) {
            b.add(c.accept(this), Occur.SHOULD);
        }
        return b.build();
    }

    @Override
    public org.apache.lucene.search.Query not(Query.Not q) {
        return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER)
                .add(q.clause().accept(this), Occur.MUST_NOT).build();
    }

    /** The analysed words of a text: one word a term query, several a phrase, none (punctuation) nothing. */
    static org.apache.lucene.search.Query words(String field, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream ts = LogTokenizer.QUERY_ANALYZER.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tokens.isEmpty()) {
            return new MatchNoDocsQuery("no words in '" + text + "'");
        }
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0)));
        }
        return new PhraseQuery(field, tokens.toArray(new String[0]));
    }

    private static IpAddress ip(String field, String v) {
        IpAddress ip = IpAddress.tryParse(v);
        if (ip == null) {
            throw new QueryException("'" + v + "' is not an IP address (" + field + " is an IP field)", -1);
        }
        return ip;
    }

    static InetAddress inet(String field, IpAddress ip) {
        try {
            return InetAddress.getByAddress(ip.toBytes());
        } catch (UnknownHostException e) {
            throw new QueryException("'" + ip + "' is not an IP address (" + field + ")", -1);
        }
    }

    private static long longValue(String field, String v) {
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new QueryException("'" + v + "' is not a whole number (" + field + " is numeric)", -1);
        }
    }

    private static double doubleValue(String field, String v) {
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new QueryException("'" + v + "' is not a number (" + field + " is numeric)", -1);
        }
    }

    private long time(String field, String v) {
        return TimeExpressions.parse(v, nowNanos);
    }
}
