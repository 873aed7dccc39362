package io.usiem.api.search;

import io.usiem.api.event.IpAddress;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Parses the analyst's query language, a subset of Lucene's query syntax (as in Graylog and Kibana's Lucene
 * mode) with a few KQL conveniences:
 *
 * <ul>
 * <li>{@code field:value} (exact keyword, number, address, or the words of a text field), {@code field:"a phrase"};</li>
 * <li>{@code field:pat*ern?} wildcards; {@code field:*} and {@code _exists_:field} for existence;</li>
 * <li>{@code source.ip:10.0.0.0/8} and {@code source.ip:2001:db8::/32} (CIDR; IPv6 needs no escaping);</li>
 * <li>ranges {@code destination.port:[1 TO 1024]}, {@code {a TO b}}, open ends {@code *}, and
 *     {@code field>=v}, {@code field>v}, {@code field<=v}, {@code field<v}; time bounds take ISO-8601 or
 *     {@code now-15m} (see {@link TimeExpressions});</li>
 * <li>{@code AND}, {@code OR}, {@code NOT} (upper case; also {@code &&}, {@code ||}, {@code !} and a leading
 *     {@code -}), parentheses, {@code field:(a OR b)}; adjacent clauses are joined by AND;</li>
 * <li>a bare word or {@code "phrase"} searches the raw message; {@code *} alone matches everything;</li>
 * <li>a backslash escapes the next character.</li>
 * </ul>
 *
 * Precedence: NOT binds tightest, then AND, then OR. Errors are {@link QueryException}s with the position.
 *
 * @since 1.1
 */
public final class QueryParser {
    /** Field name that turns {@code _exists_:field} into an existence query. */
    public static final String EXISTS_FIELD = "_exists_";

    private final String text;
    private int pos;

    private QueryParser(String text) {
        this.text = text;
    }

    /**
     * @param text a query; blank matches everything
     * @return the parsed tree
     * @throws QueryException on a syntax error, with its position
     */
    public static Query parse(String text) {
        QueryParser p = new QueryParser(text);
        p.skipSpace();
        if (p.pos == text.length()) {
            return new Query.MatchAll();
        }
        Query q = p.or(null);
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error(p.peek() == ')' ? "unexpected ')'" : "unexpected '" + p.peek() + "'");
        }
        return q;
    }

    private Query or(@Nullable String field) {
        List<Query> clauses = new ArrayList<>();
        clauses.add(and(field));
        while (true) {
            skipSpace();
            if (keyword("OR") || symbol("||")) {
                clauses.add(and(field));
            } else {
                break;
            }
        }
        return clauses.size() == 1 ? clauses.get(0) : new Query.Or(clauses);
    }

    private Query and(@Nullable String field) {
        List<Query> clauses = new ArrayList<>();
        clauses.add(not(field));
        while (true) {
            skipSpace();
            if (pos == text.length() || peek() == ')' || atKeyword("OR") || text.startsWith("||", pos)) {
                break;
            }
            if (!keyword("AND")) {
                symbol("&&");
            }
            clauses.add(not(field));
        }
        return clauses.size() == 1 ? clauses.get(0) : new Query.And(clauses);
    }

    private Query not(@Nullable String field) {
        skipSpace();
        if (keyword("NOT") || symbol("!") || symbol("-")) {
            return new Query.Not(not(field));
        }
        symbol("+");
        return primary(field);
    }

    private Query primary(@Nullable String field) {
        skipSpace();
        if (pos == text.length()) {
            throw error("expected a term");
        }
        char c = peek();
        if (c == '(') {
            int open = pos++;
            skipSpace();
            if (pos < text.length() && peek() == ')') {
                throw error("empty parentheses");
            }
            Query q = or(field);
            skipSpace();
            if (pos == text.length() || peek() != ')') {
                throw new QueryException("'(' at position " + open + " is not closed", pos);
            }
            pos++;
            return q;
        }
        if (c == ')') {
            throw error("unexpected ')'");
        }
        if (atKeyword("AND") || atKeyword("OR")) {
            throw error("operator " + (atKeyword("AND") ? "AND" : "OR") + " without a term before it");
        }
        if (c == '"') {
            String phrase = phrase();
            return new Query.Phrase(field, phrase);
        }
        int start = pos;
        Word w = word(field == null);
        if (pos < text.length() && peek() == ':' && field == null) {
            pos++;
            return fieldValue(fieldName(w, start));
        }
        if (field == null && !w.text.isEmpty()) {
            int save = pos;
            skipSpace();
            if (pos < text.length() && (peek() == '>' || peek() == '<')) {
                return comparison(fieldName(w, start));
            }
            pos = save;
        }
        if (w.text.isEmpty()) {
            throw new QueryException("expected a term", start);
        }
        return field == null ? bare(w) : valueOf(field, w, start);
    }

    private String fieldName(Word w, int start) {
        if (w.text.isEmpty() || w.wildcard) {
            throw new QueryException("expected a field name before '" + peek() + "'", start);
        }
        return w.text;
    }

    private Query bare(Word w) {
        if (w.wildcard) {
            return w.text.equals("*") ? new Query.MatchAll() : new Query.Wildcard(null, w.text);
        }
        return new Query.FreeText(w.text);
    }

    private Query fieldValue(String field) {
        if (pos == text.length() || Character.isWhitespace(peek())) {
            throw error("missing value after '" + field + ":'");
        }
        char c = peek();
        if (c == '(') {
            int open = pos++;
            Query q = or(field);
            skipSpace();
            if (pos == text.length() || peek() != ')') {
                throw new QueryException("'(' at position " + open + " is not closed", pos);
            }
            pos++;
            return q;
        }
        if (c == '[' || c == '{') {
            return range(field);
        }
        if (c == '"') {
            return new Query.Phrase(field, phrase());
        }
        int start = pos;
        Word w = word(false);
        if (w.text.isEmpty()) {
            throw new QueryException("missing value after '" + field + ":'", start);
        }
        if (field.equals(EXISTS_FIELD)) {
            return new Query.Exists(w.text);
        }
        return valueOf(field, w, start);
    }

    private Query valueOf(String field, Word w, int start) {
        if (w.wildcard) {
            return w.text.equals("*") ? new Query.Exists(field) : new Query.Wildcard(field, w.text);
        }
        int slash = w.text.lastIndexOf('/');
        if (!w.quotedChars && slash > 0) {
            IpAddress ip = IpAddress.tryParse(w.text, 0, slash);
            if (ip != null) {
                int prefix = prefix(w.text.substring(slash + 1));
                if (prefix < 0 || prefix > (ip.isV4() ? 32 : 128)) {
                    throw new QueryException("bad CIDR prefix length in '" + w.text + "'", start + slash + 1);
                }
                return new Query.Cidr(field, ip, prefix);
            }
        }
        return new Query.Term(field, w.text);
    }

    private static int prefix(String s) {
        if (s.isEmpty() || s.length() > 3) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private Query comparison(String field) {
        int opAt = pos;
        boolean greater = peek() == '>';
        pos++;
        boolean inclusive = pos < text.length() && peek() == '=';
        if (inclusive) {
            pos++;
        }
        skipSpace();
        if (pos == text.length()) {
            throw new QueryException("missing value after '" + text.substring(opAt, pos).trim() + "'", pos);
        }
        String value = peek() == '"' ? phrase() : bound(false);
        if (value.isEmpty()) {
            throw error("missing value after '" + text.substring(opAt, pos).trim() + "'");
        }
        return greater ? new Query.Range(field, value, null, inclusive, true)
                : new Query.Range(field, null, value, true, inclusive);
    }

    private Query range(String field) {
        int open = pos;
        boolean includeLower = text.charAt(pos++) == '[';
        skipSpace();
        String lower = rangeBound();
        skipSpace();
        if (!keyword("TO")) {
            throw error("expected 'TO' in the range opened at position " + open);
        }
        skipSpace();
        String upper = rangeBound();
        skipSpace();
        if (pos == text.length() || peek() != ']' && peek() != '}') {
            throw error("expected ']' or '}' to close the range opened at position " + open);
        }
        boolean includeUpper = text.charAt(pos++) == ']';
        return new Query.Range(field, lower, upper, includeLower, includeUpper);
    }

    private @Nullable String rangeBound() {
        if (pos == text.length()) {
            throw error("unterminated range");
        }
        int start = pos;
        String v = peek() == '"' ? phrase() : bound(true);
        if (v.isEmpty()) {
            throw new QueryException("expected a range bound", start);
        }
        return v.equals("*") && text.charAt(start) != '"' ? null : v;
    }

    /** A range bound or comparison value: anything up to a space (or the closing bracket), escapes honoured. */
    private String bound(boolean inRange) {
        StringBuilder sb = new StringBuilder();
        while (pos < text.length()) {
            char c = peek();
            if (Character.isWhitespace(c) || c == ')' || inRange && (c == ']' || c == '}')) {
                break;
            }
            if (c == '\\') {
                escape(sb);
                continue;
            }
            sb.append(c);
            pos++;
        }
        return sb.toString();
    }

    private String phrase() {
        int open = pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < text.length()) {
            char c = peek();
            if (c == '"') {
                pos++;
                return sb.toString();
            }
            if (c == '\\') {
                escape(sb);
            } else {
                sb.append(c);
                pos++;
            }
        }
        throw new QueryException("unterminated phrase starting", open);
    }

    private void escape(StringBuilder sb) {
        if (pos + 1 >= text.length()) {
            throw error("'\\' at the end of the query escapes nothing");
        }
        sb.append(text.charAt(pos + 1));
        pos += 2;
    }

    /** A word; outside a value a ':' (or '<', '>') ends it, inside a value (IPv6, times) it does not. */
    private Word word(boolean mayBeField) {
        StringBuilder sb = new StringBuilder();
        boolean wildcard = false;
        boolean escaped = false;
        while (pos < text.length()) {
            char c = peek();
            if (Character.isWhitespace(c) || c == '(' || c == ')' || c == '"'
                    || mayBeField && (c == ':' || c == '<' || c == '>')) {
                break;
            }
            if (c == '[' || c == ']' || c == '{' || c == '}') {
                throw error("unexpected '" + c + "' (a range is written field:[a TO b])");
            }
            if (c == '\\') {
                escape(sb);
                escaped = true;
                continue;
            }
            wildcard |= c == '*' || c == '?';
            sb.append(c);
            pos++;
        }
        return new Word(sb.toString(), wildcard, escaped);
    }

    private record Word(String text, boolean wildcard, boolean quotedChars) {
    }

    private boolean atKeyword(String kw) {
        if (!text.startsWith(kw, pos)) {
            return false;
        }
        int end = pos + kw.length();
        return end == text.length() || Character.isWhitespace(text.charAt(end)) || text.charAt(end) == '('
                || text.charAt(end) == '"';
    }

    private boolean keyword(String kw) {
        if (atKeyword(kw)) {
            int at = pos;
            pos += kw.length();
            skipSpace();
            if (!kw.equals("TO") && !kw.equals("NOT") && (pos == text.length() || peek() == ')')) {
                throw new QueryException("operator " + kw + " without a term after it", at);
            }
            if (kw.equals("NOT") && (pos == text.length() || peek() == ')')) {
                throw new QueryException("NOT without a term after it", at);
            }
            return true;
        }
        return false;
    }

    private boolean symbol(String s) {
        if (!text.startsWith(s, pos)) {
            return false;
        }
        int at = pos;
        pos += s.length();
        if (pos == text.length() || Character.isWhitespace(peek()) && !s.equals("&&") && !s.equals("||") || peek() == ')') {
            throw new QueryException("operator '" + s + "' without a term after it", at);
        }
        return true;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private char peek() {
        return text.charAt(pos);
    }

    private QueryException error(String message) {
        return new QueryException(message, pos);
    }

    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** Escapes a value so that it parses back as the same term. */
    static String quoteIfNeeded(String s) {
        if (s.equals("AND") || s.equals("OR") || s.equals("NOT") || s.equals("TO")) {
            return "\\" + s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || "()\"[]{}\\:*?<>!+-&|/".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
