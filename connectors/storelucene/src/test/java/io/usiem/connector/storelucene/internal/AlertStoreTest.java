package io.usiem.connector.storelucene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.usiem.api.alert.Alert;
import io.usiem.api.alert.Severity;
import io.usiem.api.search.AlertSearchResult;
import io.usiem.api.search.CallerContext;
import io.usiem.api.search.QueryParser;
import io.usiem.api.search.SearchRequest;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alerts are stored with their events and found by rule, severity and by their events' fields. */
class AlertStoreTest {
    @TempDir
    Path dir;

    @Test
    void alertsAreSearchable() throws Exception {
        long now = TestEvents.at("2026-11-29T12:00:00Z");
        try (LuceneStore store = new LuceneStore(TestEvents.settings(dir), () -> now)) {
            var events = TestEvents.sample();
            Alert brute = Alert.builder("ssh-brute").title("SSH brute force").severity(Severity.HIGH)
                    .createdNanos(now - 1000).tag("attack.t1110").event(events.get(0)).groupBy("source.ip", "10.1.2.3").build();
            Alert web = Alert.builder("web-404").severity(Severity.LOW).createdNanos(now).event(events.get(2)).build();
            store.write(brute);
            store.write(web);
            AlertSearchResult all = store.searchAlerts(CallerContext.system(), SearchRequest.builder(QueryParser.parse("*")).build());
            assertEquals(List.of("web-404", "ssh-brute"), all.alerts().stream().map(Alert::ruleId).toList());
            Alert back = all.alerts().get(1);
            assertEquals("SSH brute force", back.ruleTitle());
            assertEquals(List.of(events.get(0)), back.events());
            assertEquals("10.1.2.3", back.groupBy().get("source.ip"));
            for (String q : List.of("rule.id:ssh-brute", "alert.severity:high", "tags:attack.t1110",
                    "source.ip:10.0.0.0/8", "alert.group_by.source.ip:10.1.2.3", "user.name:alice")) {
                AlertSearchResult r = store.searchAlerts(CallerContext.system(), SearchRequest.builder(QueryParser.parse(q)).build());
                assertEquals(List.of("ssh-brute"), r.alerts().stream().map(Alert::ruleId).toList(), q);
            }
        }
        try (LuceneStore store = new LuceneStore(TestEvents.settings(dir), () -> 0L)) {
            assertEquals(2, store.searchAlerts(CallerContext.system(), SearchRequest.builder(QueryParser.parse("*")).build()).total());
        }
        // retention by age deletes alerts created before the limit: 3 days later, with 3 days of retention, the
        // one created 1000 ns earlier than the other goes
        long later = now + java.util.concurrent.TimeUnit.DAYS.toNanos(3) - 500;
        StoreSettings threeDays = new StoreSettings(dir, 24, 3, 0, 20, 1000, 1000, 16);
        try (LuceneStore store = new LuceneStore(threeDays, () -> later)) {
            store.maintain();
            AlertSearchResult left = store.searchAlerts(CallerContext.system(), SearchRequest.builder(QueryParser.parse("*")).build());
            assertEquals(List.of("web-404"), left.alerts().stream().map(Alert::ruleId).toList());
        }
    }

    /**
     * An alert storm must not wait for commits: with an hour between commits, storing 2,000 alerts returns at once
     * (before the fix each write waited for its commit: RuleBundleRedeployIT stalled the whole pipeline), each is
     * found right away, and closing commits them.
     */
    @Test
    void alertsAreStoredWithoutWaitingForTheirCommit() throws Exception {
        long now = TestEvents.at("2026-11-29T12:00:00Z");
        StoreSettings hourly = new StoreSettings(dir, 24, 30, 0, java.util.concurrent.TimeUnit.HOURS.toMillis(1),
                1_000_000, java.util.concurrent.TimeUnit.HOURS.toMillis(1), 16);
        var events = TestEvents.sample();
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(10), () -> {
            try (LuceneStore store = new LuceneStore(hourly, () -> now)) {
                for (int i = 0; i < 2000; i++) {
                    store.write(Alert.builder("storm").severity(Severity.LOW).createdNanos(now).event(events.get(i % events.size())).build());
                }
                assertEquals(2000, store.searchAlerts(CallerContext.system(), SearchRequest.builder(QueryParser.parse("rule.id:storm")).build()).total());
            }
        }, "writing alerts waited for commits an hour apart");
        try (LuceneStore store = new LuceneStore(TestEvents.settings(dir), () -> now)) {
            assertEquals(2000, store.searchAlerts(CallerContext.system(), SearchRequest.builder(QueryParser.parse("rule.id:storm")).build()).total());
        }
    }
}
