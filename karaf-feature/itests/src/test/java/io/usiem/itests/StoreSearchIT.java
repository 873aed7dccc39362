package io.usiem.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.usiem.api.event.Event;
import io.usiem.api.input.EventIngest;
import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.RawLog;
import io.usiem.api.search.CallerContext;
import io.usiem.api.search.EventSearch;
import io.usiem.api.search.QueryParser;
import io.usiem.api.search.SearchRequest;
import io.usiem.api.search.SearchResult;
import io.usiem.api.search.TimeRange;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * The embedded store in the real distribution: lines ingested through the pipeline are found by each query form,
 * counted, aggregated, and printed by siem:search, siem:count and siem:top.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StoreSearchIT {
    @Inject
    BundleContext context;

    @Inject
    EventIngest ingest;

    @Inject
    SessionFactory sessions;

    @Inject
    FeaturesService features;

    @Configuration
    public Option[] config() {
        return ItSupport.distribution(18102, 11100, 44446);
    }

    private String shell(String command) throws Exception {
        return ItSupport.shell(sessions, command);
    }

    private <T> T await(Class<T> type) throws InterruptedException {
        return ItSupport.await(context, type);
    }

    @Test
    public void ingestedEventsAreFoundByEveryQueryForm() throws Exception {
        features.installFeature("usiem-connector-storelucene", EnumSet.noneOf(FeaturesService.Option.class));
        EventSearch search = await(EventSearch.class);
        await(LogParser.class);
        String token = "itest" + UUID.randomUUID().toString().replace("-", "");
        List<RawLog> lines = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            lines.add(RawLog.of("<13>Feb  5 17:32:18 gw01 kernel: " + token + " action=" + (i % 4 == 0 ? "drop" : "allow")
                    + " src=10.0.0." + (i % 5) + " dst=192.0.2.10 dport=" + (i % 2 == 0 ? 22 : 443) + " user=u" + (i % 3)));
        }
        lines.add(RawLog.of("<13>Feb  5 17:32:18 gw01 kernel: " + token + " action=drop src=2001:db8::7 dst=2001:db8::1 dport=22"));
        assertEquals(lines.size(), ingest.ingestAll(lines));

        CallerContext caller = CallerContext.system();
        // Poll (the probe bundle has no Awaitility): the store commits on its interval.
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (search.count(caller, QueryParser.parse(token), TimeRange.all()) != 21 && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        assertEquals(6, count(search, token + " AND event.action:drop"));
        assertEquals(11, count(search, token + " AND destination.port:22"));
        assertEquals(10, count(search, token + " AND destination.port:[400 TO 500]"));
        assertEquals(20, count(search, token + " AND source.ip:10.0.0.0/8"));
        assertEquals(1, count(search, token + " AND source.ip:2001:db8::/32"));
        assertEquals(4, count(search, token + " AND source.ip:10.0.0.1"));
        assertEquals(20, count(search, token + " AND user.name:*"));
        assertEquals(1, count(search, token + " AND NOT user.name:*"));
        assertEquals(7, count(search, token + " AND user.name:u0"));
        assertEquals(21, count(search, "\"gw01 kernel " + token + "\""));
        assertEquals(21, count(search, token.substring(0, 12) + "*"));

        SearchResult page = search.search(caller, SearchRequest.builder(QueryParser.parse(token)).size(15).build());
        assertEquals(21, page.total());
        SearchResult rest = search.search(caller, SearchRequest.builder(QueryParser.parse(token)).size(15)
                .cursor(page.nextCursor()).build());
        assertEquals(6, rest.events().size());
        for (Event e : rest.events()) {
            assertTrue(e.raw(), e.raw().contains(token));
        }

        String counted = shell("siem:count " + token);
        assertTrue(counted, counted.contains("21"));
        String printed = shell("siem:search --limit 5 " + token + " AND source.ip:2001:db8::/32");
        assertTrue(printed, printed.contains("src=2001:db8::7"));
        assertTrue(printed, printed.contains("# 1 of 1 events"));
        String top = shell("siem:top source.ip " + token);
        assertTrue(top, top.contains("10.0.0.0"));
        assertTrue(top, top.contains("# 21 events matched"));
        try {
            String error = shell("siem:search '" + token + " AND (user.name:u0'");
            assertTrue(error, error.contains("is not closed"));
        } catch (AssertionError e) {
            assertTrue(e.getMessage(), e.getMessage().contains("is not closed"));
        }

        // REST: Pax Web and the servlet's configuration come with usiem-rest. Only the commander is refreshed (to
        // wire its optional javax.servlet import): an automatic refresh would also restart this test's bundle.
        features.installFeature("usiem-rest", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        org.osgi.framework.Bundle commander = java.util.Arrays.stream(context.getBundles())
                .filter(b -> "io.usiem.commander".equals(b.getSymbolicName())).findFirst().orElseThrow();
        context.getBundle(0).adapt(org.osgi.framework.wiring.FrameworkWiring.class)
                .refreshBundles(java.util.List.of(commander));
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.URI uri = java.net.URI.create("http://127.0.0.1:8181/api/search?size=5&q=" + token
                + "%20AND%20source.ip:10.0.0.0/8");
        String body = null;
        long restDeadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (body == null && System.nanoTime() < restDeadline) {
            try {
                java.net.http.HttpResponse<String> r = http.send(java.net.http.HttpRequest.newBuilder(uri).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    body = r.body();
                }
            } catch (java.io.IOException notYetListening) {
                // Pax Web starts asynchronously: poll
            }
            if (body == null) {
                java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            }
        }
        assertTrue("GET /api/search answers 200", body != null);
        assertTrue(body, body.contains("\"total\":20"));
        assertTrue(body, body.contains(token));
    }

    private static long count(EventSearch search, String query) {
        return search.count(CallerContext.system(), QueryParser.parse(query), TimeRange.all());
    }
}
