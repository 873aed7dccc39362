package io.usiem.api.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Event;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Fields;

import org.junit.jupiter.api.Test;

/** Request lines and URLs split as Elastic's web server and proxy integrations split them. */
class UrlsTest {
    private static EventBuilder builder() {
        return Event.builder("x");
    }

    @Test
    void originFormRequest() {
        EventBuilder b = builder();
        String line = "GET /a/b.tar.gz?q=1&r=2#top HTTP/1.1";
        assertTrue(Urls.request(b, line, 0, line.length()));
        assertEquals("GET", b.get(Fields.HTTP_REQUEST_METHOD));
        assertEquals("1.1", b.get(Fields.HTTP_VERSION));
        assertEquals("/a/b.tar.gz?q=1&r=2#top", b.get(Fields.URL_ORIGINAL));
        assertEquals("/a/b.tar.gz", b.get(Fields.URL_PATH));
        assertEquals("gz", b.get(Fields.URL_EXTENSION));
        assertEquals("q=1&r=2", b.get(Fields.URL_QUERY));
        assertEquals("top", b.get(Fields.URL_FRAGMENT));
    }

    @Test
    void absoluteAndAuthorityForms() {
        EventBuilder b = builder();
        Urls.url(b, "http://user@[2001:db8::1]:8080/x");
        assertEquals("http", b.get(Fields.URL_SCHEME));
        assertEquals("2001:db8::1", b.get(Fields.URL_DOMAIN));
        assertEquals(8080L, b.get(Fields.URL_PORT));
        assertEquals("/x", b.get(Fields.URL_PATH));

        EventBuilder c = builder();
        String connect = "CONNECT example.com:443 HTTP/1.1";
        assertTrue(Urls.request(c, connect, 0, connect.length()));
        assertEquals("example.com:443", c.get(Fields.URL_ORIGINAL));
        assertEquals("example.com", c.get(Fields.URL_DOMAIN));
        assertEquals(443L, c.get(Fields.URL_PORT));
        assertNull(c.get(Fields.URL_PATH));
    }

    @Test
    void http09AndNonRequests() {
        EventBuilder b = builder();
        assertTrue(Urls.request(b, "GET /", 0, 5));
        assertNull(b.get(Fields.HTTP_VERSION));
        EventBuilder c = builder();
        assertFalse(Urls.request(c, "\\x16\\x03\\x01", 0, 12));
        assertFalse(Urls.request(c, "get / HTTP/1.1", 0, 14));
        assertNull(c.get(Fields.HTTP_REQUEST_METHOD));
    }

    @Test
    void textScan() {
        assertEquals(123, TextScan.number("a123b", 1, 4));
        assertEquals(-1, TextScan.number("a1x3b", 1, 4));
        assertEquals(-1, TextScan.number("", 0, 0));
        assertEquals(1_500_000_000L, TextScan.decimal("1.5", 0, 3, 1_000_000_000L));
        assertEquals(250_000_000L, TextScan.decimal(".25", 0, 3, 1_000_000_000L));
        assertEquals(-1, TextScan.decimal("1.x", 0, 3, 1_000_000_000L));
        assertEquals(42, TextScan.digits("x42", 1, 2));
        assertEquals(-1, TextScan.digits("x42", 2, 2));
        assertEquals(-1, TextScan.digits("x42", 1, 0));
    }
}
