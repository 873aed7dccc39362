package io.usiem.kernel.internal;

import static io.usiem.kernel.internal.TestParsers.entry;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.alert.Alert;
import io.usiem.api.alert.Detector;
import io.usiem.api.enrich.Enricher;
import io.usiem.api.event.Event;
import io.usiem.api.event.Tags;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;
import io.usiem.kernel.internal.TestParsers.PrefixParser;

import java.time.Duration;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A plug-in throwing an Error costs the one event it was working on, never a worker or its batch. */
class ErrorContainmentTest {
    private final PipelineSettings settings = TestSettings.small().build();
    private final Plugins plugins = Plugins.create(settings.parsers());
    private final PipelineEngine engine = new PipelineEngine(settings, plugins, TestJournal.open());
    private final MemorySink store = new MemorySink("memory");

    @AfterEach
    void stop() {
        engine.stop(5000);
    }

    @Test
    void errorsFromParsersEnrichersAndDetectorsAreContainedToTheirEvent() throws Exception {
        PrefixParser recursive = new PrefixParser("ssh", "sshd:", true) {
            @Override
            public ParseResult parse(RawLog raw) {
                if (raw.message().contains("deep")) {
                    throw new StackOverflowError("catastrophic backtracking");
                }
                return super.parse(raw);
            }
        };
        plugins.parsers().add(entry(recursive, 1));
        plugins.sinks().add(store, 0, 10);
        plugins.enrichers().add(new Enricher() {
            @Override
            public String name() {
                return "greedy";
            }

            @Override
            public Event enrich(Event e) {
                if (e.raw().contains("huge")) {
                    throw new OutOfMemoryError("Java heap space");
                }
                return e;
            }
        }, 0, 11);
        plugins.detectors().add(new Detector() {
            @Override
            public String name() {
                return "fragile";
            }

            @Override
            public void detect(Event e, Consumer<Alert> alerts) {
                if (e.raw().contains("odd")) {
                    throw new StackOverflowError();
                }
            }
        }, 0, 12);
        engine.start();
        for (int round = 0; round < 3; round++) {
            engine.ingest(RawLog.of("sshd: deep " + round));
            engine.ingest(RawLog.of("sshd: huge " + round));
            engine.ingest(RawLog.of("sshd: odd " + round));
            engine.ingest(RawLog.of("sshd: fine " + round));
        }
        await().atMost(Duration.ofMinutes(2)).until(() -> store.events.size() == 12);
        assertEquals(3, store.events.stream().filter(e -> e.hasTag(Tags.PARSE_FAILURE)).count(), "stored raw");
        assertTrue(store.events.stream().filter(e -> e.hasTag(Tags.PARSE_FAILURE))
                .allMatch(e -> e.getText(io.usiem.api.event.Fields.ERROR_MESSAGE).contains("StackOverflowError")));
        assertEquals(3, engine.status().errors().get("enricher_failed:greedy"));
        assertEquals(3, engine.status().errors().get("detector_failed:fragile"));
        assertEquals(3, engine.parsers().get(0).failures());
        assertEquals(0, PipelineEngineTest.droppedTotal(engine));
        assertFalse(engine.status().stages().stream().anyMatch(s -> s.workers() < s.minWorkers()),
                "every stage keeps its minimum workers");
    }
}
