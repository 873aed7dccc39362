package io.usiem.api.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.IpAddress;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class QueryParserTest {

    @Test
    void termsPhrasesAndFreeText() {
        assertEquals(new Query.Term("event.action", "deny"), QueryParser.parse("event.action:deny"));
        assertEquals(new Query.Phrase("message", "failed password"), QueryParser.parse("message:\"failed password\""));
        assertEquals(new Query.Phrase(null, "failed password"), QueryParser.parse("  \"failed password\" "));
        assertEquals(new Query.FreeText("sshd"), QueryParser.parse("sshd"));
        assertEquals(new Query.Term("user.name", "a b:c"), QueryParser.parse("user.name:a\\ b\\:c"));
        assertEquals(new Query.Phrase(null, "say \"hi\""), QueryParser.parse("\"say \\\"hi\\\"\""));
        assertInstanceOf(Query.MatchAll.class, QueryParser.parse(""));
        assertInstanceOf(Query.MatchAll.class, QueryParser.parse("*"));
    }

    @Test
    void wildcardsAndExistence() {
        assertEquals(new Query.Wildcard("url.path", "/admin*"), QueryParser.parse("url.path:/admin*"));
        assertEquals(new Query.Wildcard(null, "pass?ord"), QueryParser.parse("pass?ord"));
        assertEquals(new Query.Exists("user.name"), QueryParser.parse("user.name:*"));
        assertEquals(new Query.Exists("user.name"), QueryParser.parse("_exists_:user.name"));
        assertEquals(new Query.Term("url.path", "a*b"), QueryParser.parse("url.path:a\\*b"));
    }

    @Test
    void cidrAndIpv6() {
        assertEquals(new Query.Cidr("source.ip", IpAddress.parse("10.0.0.0"), 8), QueryParser.parse("source.ip:10.0.0.0/8"));
        assertEquals(new Query.Cidr("source.ip", IpAddress.parse("2001:db8::"), 32), QueryParser.parse("source.ip:2001:db8::/32"));
        assertEquals(new Query.Term("source.ip", "2001:db8::1"), QueryParser.parse("source.ip:2001:db8::1"));
        assertEquals(new Query.Or(List.of(new Query.Term("source.ip", "10.0.0.1"), new Query.Term("source.ip", "::1"))),
                QueryParser.parse("source.ip:(10.0.0.1 OR ::1)"));
        assertEquals(new Query.Term("url.path", "a/b"), QueryParser.parse("url.path:a/b"));
    }

    @Test
    void ranges() {
        assertEquals(new Query.Range("destination.port", "1", "1024", true, true), QueryParser.parse("destination.port:[1 TO 1024]"));
        assertEquals(new Query.Range("destination.port", null, "1024", false, false), QueryParser.parse("destination.port:{* TO 1024}"));
        assertEquals(new Query.Range("@timestamp", "2026-11-29T10:00:00Z", "now-1h", true, false),
                QueryParser.parse("@timestamp:[2026-11-29T10:00:00Z TO now-1h}"));
        assertEquals(new Query.Range("destination.port", "1024", null, true, true), QueryParser.parse("destination.port>=1024"));
        assertEquals(new Query.Range("destination.port", null, "80", true, false), QueryParser.parse("destination.port<80"));
        assertEquals(new Query.Range("@timestamp", "-15m", null, false, true), QueryParser.parse("@timestamp > -15m"));
    }

    @Test
    void booleanPrecedenceAndImplicitAnd() {
        Query a = new Query.Term("a", "1");
        Query b = new Query.Term("b", "2");
        Query c = new Query.Term("c", "3");
        assertEquals(new Query.Or(List.of(a, new Query.And(List.of(b, c)))), QueryParser.parse("a:1 OR b:2 AND c:3"));
        assertEquals(new Query.And(List.of(new Query.Or(List.of(a, b)), c)), QueryParser.parse("(a:1 OR b:2) c:3"));
        assertEquals(new Query.And(List.of(a, new Query.Not(b))), QueryParser.parse("a:1 AND NOT b:2"));
        assertEquals(new Query.And(List.of(a, new Query.Not(b))), QueryParser.parse("a:1 -b:2"));
        assertEquals(new Query.And(List.of(a, new Query.Not(b))), QueryParser.parse("a:1 && !b:2"));
        assertEquals(new Query.Or(List.of(a, b)), QueryParser.parse("a:1 || b:2"));
        assertEquals(new Query.Not(new Query.Or(List.of(a, b))), QueryParser.parse("NOT (a:1 OR b:2)"));
        // lower-case words are words, not operators
        assertEquals(new Query.And(List.of(new Query.FreeText("cats"), new Query.FreeText("and"), new Query.FreeText("dogs"))),
                QueryParser.parse("cats and dogs"));
    }

    @Test
    void toStringParsesBackToTheSameTree() {
        for (String q : List.of("a:1 OR b:\"x y\" AND NOT c:[1 TO 5}", "source.ip:10.0.0.0/8 user.name:*", "x* \"p q\" free",
                "user.name:\"a b\" url.path:a\\:b")) {
            Query parsed = QueryParser.parse(q);
            assertEquals(parsed, QueryParser.parse(parsed.toString()), q);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "(a:1 OR b:2               | 11 | is not closed",
            "a:1)                      | 3  | unexpected ')'",
            "a:1 AND                   | 4  | without a term after it",
            "OR a:1                    | 0  | without a term before it",
            "message:\"unclosed        | 8  | unterminated phrase",
            "port:[1 1024]             | 8  | expected 'TO'",
            "port:[1 TO 1024           | 15 | expected ']' or '}'",
            "source.ip:10.0.0.0/33     | 19 | bad CIDR prefix",
            "a:                        | 2  | missing value",
            "()                        | 1  | empty parentheses",
            "a:1 NOT                   | 4  | NOT without a term",
            "a\\                       | 1  | escapes nothing",
            ":x                        | 0  | expected a field name",
            "port>                     | 5  | missing value",
            "a]                        | 1  | unexpected ']'",
    })
    void errorsCarryThePosition(String query, int position, String message) {
        QueryException e = assertThrows(QueryException.class, () -> QueryParser.parse(query.strip()));
        assertEquals(position, e.position(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void times() {
        long now = 1_000_000_000_000_000_000L;
        assertEquals(now, TimeExpressions.parse("now", now));
        assertEquals(now - 15 * 60_000_000_000L, TimeExpressions.parse("-15m", now));
        assertEquals(now - 24 * 3_600_000_000_000L, TimeExpressions.parse("now-24h", now));
        assertEquals(now + 7 * 86_400_000_000_000L, TimeExpressions.parse("now+1w", now));
        assertEquals(1_764_410_400_000_000_000L, TimeExpressions.parse("2025-11-29T10:00:00Z", now));
        assertEquals(1_764_410_400_000_000_000L, TimeExpressions.parse("2025-11-29T11:00:00+01:00", now));
        assertEquals(1_764_410_400_000_000_000L, TimeExpressions.parse("2025-11-29T10:00:00", now));
        assertEquals(1_764_374_400_000_000_000L, TimeExpressions.parse("2025-11-29", now));
        QueryException e = assertThrows(QueryException.class, () -> TimeExpressions.parse("yesterday", now));
        assertTrue(e.getMessage().contains("not a time"));
        assertThrows(QueryException.class, () -> TimeRange.parse("now", "-1h", now));
    }
}
