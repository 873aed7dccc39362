package io.usiem.connector.storelucene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Event;
import io.usiem.api.search.CallerContext;
import io.usiem.api.search.QueryException;
import io.usiem.api.search.QueryParser;
import io.usiem.api.search.SearchRequest;
import io.usiem.api.search.SearchResult;
import io.usiem.api.search.TimeRange;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every query form finds exactly the events it should, read back as they were written. */
class LuceneStoreQueryTest {
    private static final CallerContext SYSTEM = CallerContext.system();
    private static final long NOW = TestEvents.at("2026-11-29T12:00:00Z");

    @TempDir
    static Path dir;
    static LuceneStore store;

    @BeforeAll
    static void index() throws Exception {
        store = new LuceneStore(TestEvents.settings(dir), () -> NOW);
        store.write(TestEvents.sample());
    }

    @AfterAll
    static void close() throws Exception {
        store.close();
    }

    private static List<Long> sequences(String query) {
        return sequences(query, TimeRange.all(), SYSTEM);
    }

    private static List<Long> sequences(String query, TimeRange range, CallerContext caller) {
        SearchResult r = store.search(caller, SearchRequest.builder(QueryParser.parse(query)).timeRange(range).build());
        assertEquals(r.events().size(), r.total(), query);
        assertEquals(r.total(), store.count(caller, QueryParser.parse(query), range), query);
        return r.events().stream().map(Event::sequence).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "*                                          | 4,3,2,1",
            "event.action:deny                          | 4,1",
            "user.name:alice                            | 1",
            "destination.port:22                        | 1",
            "source.ip:10.1.2.3                         | 1",
            "source.ip:2001:db8::5                      | 2",
            "\"fw1 allow\"                              | 2",
            "message:\"failed password\"                | 1",
            "message:accepted                           | 2",
            "url.path:/admin*                           | 3",
            "url.path:*login.php                        | 3",
            "fw*                                        | 4,2,1",
            "destination.port:[1 TO 1024]               | 4,2,1",
            "destination.port:[1 TO 443}                | 1",
            "destination.port:{22 TO *]                 | 4,2",
            "destination.port>=443                      | 4,2",
            "http.response.status_code:[400 TO 499]     | 3",
            "source.ip:10.0.0.0/8                       | 4,1",
            "source.ip:2001:db8::/32                    | 2",
            "related.ip:10.9.9.9                        | 2",
            "related.ip:192.168.0.0/16                  | 4,1",
            "source.ip:[10.0.0.0 TO 10.1.255.255]       | 1",
            "user.name:*                                | 4,2,1",
            "NOT user.name:*                            | 3",
            "_exists_:url.path                          | 3",
            "event.action:deny AND NOT user.name:alice  | 4",
            "event.action:deny -user.name:carol         | 1",
            "user.name:(alice OR bob)                   | 2,1",
            "(user.name:alice OR url.path:*) source.ip:172.16.0.0/12 | 3",
            "alice                                      | 1",
            "10.1.2.3                                   | 1",
            "GET                                        | 3",
            "login.php                                  | 3",
            "login                                      | 3",
            "\"admin login\"                            | 3",
            "squid.cache_status:TCP_MISS                | 3",
            "vendor.score:42                            | 3",
            "tags:web                                   | 3",
            "observer.vendor:Acme                       | 4,2,1",
            "usiem.category:WEB_SERVER                       | 3",
            "organization.id:acme                       | 4",
            "@timestamp:[2026-11-29T10:00:00Z TO 2026-11-29T10:05:00Z] | 2,1",
            "@timestamp>=now-1h                         | 4",
            "@timestamp<2026-11-29T10:05:00Z            | 1",
    })
    void queryForms(String query, String expected) {
        List<Long> want = java.util.Arrays.stream(expected.split(",")).map(String::trim).map(Long::valueOf).toList();
        assertEquals(want, sequences(query));
    }

    @Test
    void hitsReadBackAsTheExactEvents() {
        SearchResult r = store.search(SYSTEM, SearchRequest.builder(QueryParser.parse("*")).build());
        List<Event> sample = TestEvents.sample();
        for (Event e : r.events()) {
            assertEquals(sample.get((int) e.sequence() - 1), e);
        }
    }

    @Test
    void timeWindowAndTenants() {
        TimeRange window = new TimeRange(TestEvents.at("2026-11-29T10:00:00Z"), TestEvents.at("2026-11-29T10:06:00Z"));
        assertEquals(List.of(2L, 1L), sequences("*", window, SYSTEM));
        assertEquals(List.of(), sequences("*", new TimeRange(0, 1000), SYSTEM));
        CallerContext acme = CallerContext.of("eve", Set.of("analyst"), Set.of("acme"));
        assertEquals(List.of(4L), sequences("*", TimeRange.all(), acme));
        assertEquals(List.of(), sequences("user.name:alice", TimeRange.all(), acme));
    }

    @Test
    void valuesThatDoNotFitTheirFieldAreQueryErrors() {
        for (String q : List.of("destination.port:abc", "source.ip:not-an-ip", "source.ip:10.*", "user.name:10.0.0.0/8",
                "message:[a TO b]", "@timestamp>yesterday")) {
            QueryException e = assertThrows(QueryException.class, () -> sequences(q), q);
            assertTrue(!e.getMessage().isBlank());
        }
    }
}
