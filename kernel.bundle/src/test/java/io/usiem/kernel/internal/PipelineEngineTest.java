package io.usiem.kernel.internal;

import static io.usiem.kernel.internal.TestParsers.entry;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.alert.Alert;
import io.usiem.api.alert.AlertSink;
import io.usiem.api.alert.Detector;
import io.usiem.api.enrich.Enricher;
import io.usiem.api.event.Event;
import io.usiem.api.event.Fields;
import io.usiem.api.event.Tags;
import io.usiem.api.kernel.DryRun;
import io.usiem.api.kernel.PipelineStatus;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;
import io.usiem.api.sink.EventSink;
import io.usiem.kernel.internal.TestParsers.PrefixParser;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PipelineEngineTest {
    private final PipelineSettings settings = TestSettings.small().build();
    private final Plugins plugins = Plugins.create(settings.parsers());
    private final PipelineEngine engine = new PipelineEngine(settings, plugins, TestJournal.open());
    private final ConcurrentLinkedQueue<Event> stored = new ConcurrentLinkedQueue<>();
    private final EventSink store = new EventSink() {
        @Override
        public String name() {
            return "memory";
        }

        @Override
        public void write(List<Event> events) {
            stored.addAll(events);
        }
    };

    @AfterEach
    void stop() {
        engine.stop(5000);
    }

    @Test
    void routesThroughParseEnrichOutputAndAlert() throws Exception {
        plugins.parsers().add(entry(new PrefixParser("ssh", "sshd:", true), 1));
        plugins.sinks().add(store, 0, 10);
        Enricher tagger = new Enricher() {
            @Override
            public String name() {
                return "tagger";
            }

            @Override
            public Event enrich(Event e) {
                return "root".equals(e.getText(Fields.USER_NAME)) ? e.toBuilder().tag("privileged").build() : e;
            }
        };
        plugins.enrichers().add(tagger, 0, 11);
        Detector rootLogin = new Detector() {
            @Override
            public String name() {
                return "root-login";
            }

            @Override
            public void detect(Event e, Consumer<Alert> alerts) {
                if (e.hasTag("privileged")) {
                    alerts.accept(Alert.builder("root-login").event(e).build());
                }
            }
        };
        plugins.detectors().add(rootLogin, 0, 12);
        ConcurrentLinkedQueue<Alert> alerts = new ConcurrentLinkedQueue<>();
        AlertSink alertSink = new AlertSink() {
            @Override
            public String name() {
                return "memory-alerts";
            }

            @Override
            public void accept(Alert alert) {
                alerts.add(alert);
            }
        };
        plugins.alertSinks().add(alertSink, 0, 13);
        engine.start();

        engine.ingest(RawLog.of("sshd: alice"));
        engine.ingest(RawLog.of("sshd: root"));
        engine.ingest(RawLog.of("garbage \u0000 line"));
        engine.ingest(RawLog.of("sshd:! cut"));
        await().atMost(Duration.ofMinutes(2)).until(() -> stored.size() == 4 && alerts.size() == 1);

        Event root = stored.stream().filter(e -> "root".equals(e.getText(Fields.USER_NAME))).findFirst().orElseThrow();
        assertTrue(root.hasTag("privileged"));
        assertTrue(root.sequence() > 0);
        Event garbage = stored.stream().filter(e -> e.raw().startsWith("garbage")).findFirst().orElseThrow();
        assertTrue(garbage.hasTag(Tags.UNPARSED));
        assertFalse(garbage.hasTag(Tags.PARSE_FAILURE));
        assertEquals("ssh: not mine", garbage.getText(Fields.ERROR_MESSAGE));
        Event cut = stored.stream().filter(e -> e.raw().startsWith("sshd:!")).findFirst().orElseThrow();
        assertTrue(cut.hasTag(Tags.PARSE_FAILURE));
        assertEquals("ssh: format error: truncated sshd: line", cut.getText(Fields.ERROR_MESSAGE));
        assertEquals("root-login", alerts.peek().ruleId());

        PipelineStatus s = engine.status();
        assertEquals(4, s.accepted());
        assertEquals(2, s.parsed());
        assertEquals(2, s.unparsed());
        assertEquals(1, s.alerts());
        assertEquals(List.of("tagger"), s.enrichers());
        assertEquals(List.of("memory"), s.sinks());
        await().until(() -> engine.status().completed() == 4);
    }

    @Test
    void eventsMissingTheirCategorysFieldsAreTaggedAndCounted() throws Exception {
        plugins.sinks().add(store, 0, 10);
        PrefixParser lax = new PrefixParser("lax", "lax:", true) {
            @Override
            public ParseResult parse(RawLog raw) {
                // Claims AUTHENTICATION but fills no event.outcome.
                return ParseResult.parsed(raw.newEventBuilder().category(io.usiem.api.event.EventCategory.AUTHENTICATION)
                        .set(Fields.USER_NAME, "x").build());
            }
        };
        plugins.parsers().add(entry(lax, 1));
        engine.start();
        engine.ingest(RawLog.of("lax: x"));
        await().until(() -> stored.size() == 1);
        assertTrue(stored.peek().hasTag(Tags.INCOMPLETE));
        assertEquals(1, engine.parsers().get(0).incomplete());
    }

    @Test
    void batchIngestKeepsOrderAndCounts() throws Exception {
        plugins.parsers().add(entry(new PrefixParser("ssh", "sshd:", true), 1));
        plugins.sinks().add(store, 0, 10);
        engine.start();
        List<RawLog> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            lines.add(RawLog.of("sshd: user" + i));
        }
        engine.ingestAll(lines); // 1000 lines into a queue of 64: waits for room as it goes
        await().atMost(Duration.ofMinutes(2)).until(() -> stored.size() == 1000);
        assertEquals(1000, engine.status().accepted());
        assertEquals(1000, stored.stream().map(Event::sequence).distinct().count());
    }

    @Test
    void asyncIngestCompletesOnceDurableAndEveryLineArrives() throws Exception {
        plugins.parsers().add(entry(new PrefixParser("ssh", "sshd:", true), 1));
        plugins.sinks().add(store, 0, 10);
        engine.start();
        List<java.util.concurrent.CompletableFuture<Integer>> acks = new java.util.ArrayList<>();
        for (int run = 0; run < 20; run++) {
            List<RawLog> lines = new java.util.ArrayList<>();
            for (int i = 0; i < 50; i++) {
                lines.add(RawLog.of("sshd: run " + run + " line " + i));
            }
            acks.add(engine.ingestAllAsync(lines));
        }
        for (java.util.concurrent.CompletableFuture<Integer> ack : acks) {
            assertEquals(50, ack.get(2, java.util.concurrent.TimeUnit.MINUTES));
        }
        await().atMost(Duration.ofMinutes(2)).until(() -> stored.size() == 1000);
        assertEquals(1000, stored.stream().map(Event::sequence).distinct().count());
    }

    @Test
    void atStartLinesWaitForTheirParserInsteadOfBeingStoredRaw() throws Exception {
        PipelineSettings slowStart = TestSettings.small().startupWait(600_000).build();
        Plugins p = Plugins.create(slowStart.parsers());
        PipelineEngine e = new PipelineEngine(slowStart, p, TestJournal.open());
        e.start();
        try {
            e.ingest(RawLog.of("sshd: replayed after a restart"));
            p.sinks().add(store, 0, 10); // the sink's bundle is up, the parser's not yet
            p.parsers().add(entry(new PrefixParser("ssh", "sshd:", true), 1));
            await().atMost(Duration.ofMinutes(2)).until(() -> stored.size() == 1);
            assertFalse(stored.peek().hasTag(Tags.UNPARSED), "parsed by the parser that came after the kernel");
        } finally {
            e.stop(5000);
        }
    }

    @Test
    void countsEveryDropWithItsReason() throws Exception {
        plugins.parsers().add(entry(new PrefixParser("ssh", "sshd:", true), 1));
        AtomicInteger failures = new AtomicInteger();
        EventSink broken = new EventSink() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public void write(List<Event> events) throws Exception {
                failures.incrementAndGet();
                throw new io.usiem.api.sink.RejectedEventsException("mapping conflict");
            }
        };
        engine.start();
        engine.ingest(RawLog.of("sshd: x"));
        // No sink yet: the event is held (as for a failing sink), not dropped, and delivered once a sink comes.
        await().atMost(Duration.ofMinutes(2)).until(() -> engine.status().errors().getOrDefault("no_sink", 0L) >= 1);
        plugins.sinks().add(store, 0, 10);
        await().atMost(Duration.ofMinutes(2)).until(() -> stored.size() == 1);
        plugins.sinks().add(broken, 0, 20);
        engine.ingest(RawLog.of("sshd:-noise whatever"));
        engine.ingest(RawLog.of("sshd: y"));
        await().atMost(Duration.ofMinutes(2)).until(() -> engine.status().dropped().getOrDefault("sink_rejected:broken", 0L) == 1);
        assertEquals(1, failures.get(), "a batch rejected as invalid is not retried");
        Map<String, Long> dropped = engine.status().dropped();
        assertEquals(Map.of("discarded:ssh", 1L, "sink_rejected:broken", 1L), dropped);
        await().atMost(Duration.ofMinutes(2)).until(() -> stored.size() == 2);
    }

    @Test
    void swappingParsersUnderLoadLosesNothing() throws Exception {
        plugins.sinks().add(store, 0, 10);
        engine.start();
        PrefixParser v1 = new PrefixParser("ssh", "sshd:", true);
        plugins.parsers().add(entry(v1, 1));
        int total = 20_000;
        Thread producer = new Thread(() -> {
            try {
                for (int i = 0; i < total; i++) {
                    engine.ingest(RawLog.builder("sshd: user" + i).sourceType(i % 2 == 0 ? "ssh" : null).build());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        producer.start();
        long id = 2;
        for (int swap = 1; swap <= 9; swap++) {
            long mark = swap * (total / 10L);
            await().atMost(Duration.ofMinutes(2)).until(() -> engine.status().accepted() >= mark || !producer.isAlive());
            // Stop the running parser the way a bundle update does: it throws, then leaves, then a new one arrives.
            PrefixParser current = new PrefixParser("ssh", "sshd:", true);
            v1.broken = true;
            plugins.parsers().remove(id - 1);
            plugins.parsers().add(entry(current, id++));
            v1 = current;
        }
        producer.join();
        await().atMost(Duration.ofMinutes(2)).until(() -> stored.size() == total);
        long unparsed = stored.stream().filter(e -> e.hasTag(Tags.UNPARSED)).count();
        assertEquals(0, unparsed, "lines wait for the replacement parser instead of being stored raw");
        long parsed = stored.stream().filter(e -> !e.hasTag(Tags.UNPARSED)).count();
        assertEquals(total, parsed + unparsed);
        assertEquals(total, stored.stream().map(Event::sequence).distinct().count(), "each line stored once");
        assertEquals(0, droppedTotal(engine));
        assertEquals(11, id, "the parser was swapped nine times while events flowed");
    }

    @Test
    void linesWaitForAReplacedParser() throws Exception {
        plugins.sinks().add(store, 0, 10);
        plugins.parsers().add(entry(new PrefixParser("ssh", "sshd:", true), 1));
        engine.start();
        plugins.parsers().remove(1); // a bundle update: the old service leaves...
        for (int i = 0; i < 100; i++) {
            engine.ingest(RawLog.builder("sshd: user" + i).sourceType(i % 2 == 0 ? "ssh" : null).build());
        }
        await().atMost(Duration.ofMinutes(2)).until(() -> engine.status().stages().get(0).queueDepth() == 100);
        assertEquals(0, stored.size(), "held, not stored raw, while the parser is being replaced");
        plugins.parsers().add(entry(new PrefixParser("ssh", "sshd:", true), 2)); // ...and the new one arrives
        await().atMost(Duration.ofMinutes(2)).until(() -> stored.size() == 100);
        assertEquals(0, stored.stream().filter(e -> e.hasTag(Tags.UNPARSED)).count());
        assertEquals(100, engine.status().parsed());
        assertEquals(100, engine.status().stages().get(0).processed(), "released from the parser-wait queue");
    }

    @Test
    void heldLinesKeepWaitingWhenAnUnrelatedParserArrives() throws Exception {
        // A long grace period, so the test does not depend on how fast this machine is.
        PipelineSettings slow = TestSettings.small().grace(30_000).build();
        Plugins plugins = Plugins.create(slow.parsers());
        PipelineEngine slowGrace = new PipelineEngine(slow, plugins, TestJournal.open());
        plugins.sinks().add(store, 0, 10);
        plugins.parsers().add(entry(new PrefixParser("ssh", "sshd:", true), 1));
        slowGrace.start();
        try {
            plugins.parsers().remove(1);
            for (int i = 0; i < 20; i++) {
                slowGrace.ingest(RawLog.of("sshd: user" + i));
            }
            await().atMost(Duration.ofMinutes(2)).until(() -> slowGrace.status().stages().get(0).queueDepth() == 20);
            // Another parser arrives first: the lines are tried, still find no taker, and wait again.
            PrefixParser sudo = new PrefixParser("sudo", "sudo:", true);
            plugins.parsers().add(entry(sudo, 2));
            await().atMost(Duration.ofMinutes(2)).until(() -> sudo.calls.get() >= 20
                    && slowGrace.status().stages().get(0).queueDepth() == 20);
            assertEquals(0, stored.size());
            plugins.parsers().add(entry(new PrefixParser("ssh", "sshd:", true), 3));
            await().atMost(Duration.ofMinutes(2)).until(() -> stored.size() == 20);
            assertEquals(0, stored.stream().filter(e -> e.hasTag(Tags.UNPARSED)).count());
        } finally {
            slowGrace.stop(5000);
        }
    }

    @Test
    void heldLinesAreStoredRawWhenNoParserComesBack() throws Exception {
        plugins.sinks().add(store, 0, 10);
        plugins.parsers().add(entry(new PrefixParser("ssh", "sshd:", true), 1));
        engine.start();
        plugins.parsers().remove(1);
        long start = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            engine.ingest(RawLog.of("sshd: user" + i));
        }
        await().atMost(Duration.ofMinutes(2)).until(() -> stored.size() == 10);
        assertTrue(System.nanoTime() - start >= 300_000_000L, "kept for the grace period first");
        assertTrue(stored.stream().allMatch(e -> e.hasTag(Tags.UNPARSED)
                && "no parser installed".equals(e.getText(Fields.ERROR_MESSAGE))));
        assertEquals(0, droppedTotal(engine));
    }

    @Test
    void aHangingParserCannotStallThePipeline() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        PrefixParser hanging = new PrefixParser("hang", "ok:", true) {
            @Override
            public ParseResult parse(RawLog raw) {
                if (raw.message().startsWith("hang")) {
                    try {
                        release.await(); // a runaway regular expression, say
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return ParseResult.parsed(raw.newEventBuilder().set(Fields.USER_NAME, "slow").build());
                }
                return super.parse(raw);
            }
        };
        // Parse timeout 100 ms, no parser grace.
        PipelineSettings fast = TestSettings.small().parseMax(2).grace(0).parserTimeout(100).build();
        Plugins plugins = Plugins.create(fast.parsers());
        PipelineEngine e = new PipelineEngine(fast, plugins, TestJournal.open());
        plugins.parsers().add(entry(hanging, 1));
        plugins.sinks().add(store, 0, 10);
        e.start();
        try {
            e.ingest(RawLog.of("hang 1"));
            await().atMost(Duration.ofMinutes(2)).until(() -> e.status().errors().getOrDefault("parser_stuck:hang", 0L) == 1);
            for (int i = 0; i < 50; i++) {
                e.ingest(RawLog.of("ok: user" + i));
            }
            await().atMost(Duration.ofMinutes(2)).until(() -> stored.size() == 51);
            assertFalse(e.parsers().get(0).quarantined(), "one stuck call only costs a replaced worker");

            e.ingest(RawLog.of("hang 2"));
            await().atMost(Duration.ofMinutes(2)).until(() -> e.parsers().get(0).quarantined());
            for (int i = 0; i < 20; i++) {
                e.ingest(RawLog.of("ok: while quarantined " + i));
            }
            await().atMost(Duration.ofMinutes(2)).until(() -> stored.size() == 72);
            assertEquals(22, stored.stream().filter(ev -> ev.hasTag(Tags.UNPARSED)).count());
            assertEquals(20, stored.stream().filter(ev -> "hang: quarantined (calls of it are stuck)"
                    .equals(ev.getText(Fields.ERROR_MESSAGE))).count());

            release.countDown();
            // The stuck calls return; their lines were stored raw already, so their late results are discarded.
            await().atMost(Duration.ofMinutes(2)).until(() -> !e.parsers().get(0).quarantined());
            for (int i = 0; i < 10; i++) {
                e.ingest(RawLog.of("ok: after " + i));
            }
            await().atMost(Duration.ofMinutes(2)).until(() -> stored.size() == 82);
            assertEquals(22, stored.stream().filter(ev -> ev.hasTag(Tags.UNPARSED)).count());
            assertEquals(82, stored.stream().map(Event::sequence).distinct().count(), "each line stored once");
            assertEquals(2, e.parsers().get(0).stuck());
            assertEquals(0, droppedTotal(e));
        } finally {
            release.countDown();
            e.stop(5000);
        }
    }

    @Test
    void congestedParseStageScalesUp() throws Exception {
        PrefixParser slow = new PrefixParser("slow", "", true) {
            @Override
            public ParseResult parse(RawLog raw) {
                // Simulates a costly parser so the parse queue stays full.
                long until = System.nanoTime() + 200_000;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
                return super.parse(raw);
            }
        };
        plugins.parsers().add(entry(slow, 1));
        plugins.sinks().add(store, 0, 10);
        engine.start();
        ConcurrentHashMap<Integer, Boolean> seenWorkers = new ConcurrentHashMap<>();
        List<RawLog> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            lines.add(RawLog.of("line " + i));
        }
        engine.ingestAll(lines);
        // The journal takes the lines at once; the parse stage works through them and scales while it does.
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(5)).until(() -> {
            seenWorkers.put(engine.status().stages().get(1).workers(), true);
            return stored.size() == 3000;
        });
        assertTrue(seenWorkers.containsKey(3), "parse workers grew to the maximum: " + seenWorkers.keySet());
    }

    @Test
    void dryRunShowsTheEventWithoutIngesting() {
        plugins.parsers().add(entry(new PrefixParser("ssh", "sshd:", true), 1));
        engine.start();
        DryRun ok = engine.dryRun(RawLog.of("sshd: alice"));
        assertEquals("ssh", ok.parser());
        assertEquals("alice", ok.events().get(0).getText(Fields.USER_NAME));
        DryRun bad = engine.dryRun(RawLog.of("nothing"));
        assertNull(bad.parser());
        assertTrue(bad.events().get(0).hasTag(Tags.UNPARSED));
        assertEquals(0, engine.status().accepted());
    }

    static long droppedTotal(PipelineEngine e) {
        return e.status().dropped().values().stream().mapToLong(Long::longValue).sum();
    }
}
