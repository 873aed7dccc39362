package io.usiem.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.usiem.api.alert.Alert;
import io.usiem.api.alert.AlertSink;
import io.usiem.api.alert.Detector;
import io.usiem.api.event.Event;
import io.usiem.api.input.EventIngest;
import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.RawLog;
import io.usiem.api.sink.EventSink;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * A detection engineer's rule bundle, redeployed in the real distribution (with the SigmaHQ pack loaded) while
 * events flow: every event is evaluated against one whole version of the bundle's rules (two rules per version,
 * so an event matched by one rule of each version would show a half-swapped rule set), no event is lost, and
 * after the bundle is uninstalled its rules are gone.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RuleBundleRedeployIT {
    private static final String SYMBOLIC_NAME = "io.usiem.itest.rules";

    @Inject
    BundleContext context;

    @Inject
    EventIngest ingest;

    @Inject
    SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return ItSupport.distribution(18104, 11102, 44448);
    }

    @Test
    public void updatingARuleBundleUnderLoadSwapsWholeRuleSetsAndLosesNoEvent() throws Exception {
        ItSupport.await(context, Detector.class);
        ItSupport.await(context, LogParser.class);
        String token = "rbit" + UUID.randomUUID().toString().replace("-", "");
        String[] v1 = {UUID.randomUUID().toString(), UUID.randomUUID().toString()};
        String[] v2 = {UUID.randomUUID().toString(), UUID.randomUUID().toString()};
        TokenSink events = new TokenSink(token);
        AlertRecorder alerts = new AlertRecorder(token);
        ServiceRegistration<EventSink> sinkRegistration = context.registerService(EventSink.class, events, null);
        ServiceRegistration<AlertSink> alertRegistration = context.registerService(AlertSink.class, alerts, null);
        ExecutorService load = Executors.newSingleThreadExecutor();
        try {
            Bundle rules = context.installBundle("itest:" + SYMBOLIC_NAME, new ByteArrayInputStream(ruleBundle("1.0.0", token, v1)));
            rules.start();
            awaitRule(v1[0], true);

            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger sent = new AtomicInteger();
            Future<?> sender = load.submit(() -> {
                List<RawLog> batch = new ArrayList<>();
                while (!stop.get()) {
                    batch.clear();
                    for (int i = 0; i < 10; i++) {
                        batch.add(RawLog.of("<13>Feb  5 17:32:18 gw01 app: " + token + " n=" + sent.getAndIncrement()));
                    }
                    ingest.ingestAll(batch);
                    // A steady flow, not a flood: the point is that events flow during every swap.
                    LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
                }
                return null;
            });
            for (int swap = 0; swap < 3; swap++) {
                String[] next = swap % 2 == 0 ? v2 : v1;
                int before = sent.get();
                awaitSent(sent, before + 200);
                rules.update(new ByteArrayInputStream(ruleBundle(swap % 2 == 0 ? "2.0.0" : "3.0.0", token, next)));
                awaitRule(next[0], true);
            }
            awaitSent(sent, sent.get() + 200);
            stop.set(true);
            sender.get(5, TimeUnit.MINUTES);
            int lines = sent.get();

            String last = "<13>Feb  5 17:32:18 gw01 app: " + token + " n=" + (lines - 1);
            assertTrue("every line reached the sinks", events.await(last, 5, TimeUnit.MINUTES) != null);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (alerts.total.get() < 2L * lines && System.nanoTime() < deadline) {
                LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            }
            assertEquals("events seen by the test's sink", lines, events.size());
            Set<String> whole1 = new TreeSet<>(List.of(v1));
            Set<String> whole2 = new TreeSet<>(List.of(v2));
            int byV1 = 0;
            int byV2 = 0;
            for (int n = 0; n < lines; n++) {
                String raw = "<13>Feb  5 17:32:18 gw01 app: " + token + " n=" + n;
                List<String> ids = alerts.byRaw.getOrDefault(raw, List.of());
                Set<String> distinct = new TreeSet<>(ids);
                if (ids.size() != 2 || !(distinct.equals(whole1) || distinct.equals(whole2))) {
                    fail("line " + n + " of " + lines + " raised " + ids + "; expected exactly one alert from each rule of v1 "
                            + whole1 + " or of v2 " + whole2);
                }
                if (distinct.equals(whole1)) {
                    byV1++;
                } else {
                    byV2++;
                }
            }
            assertEquals(2L * lines, alerts.total.get());
            assertTrue("both versions evaluated events: v1 " + byV1 + ", v2 " + byV2, byV1 > 0 && byV2 > 0);

            rules.uninstall();
            awaitRule(v1[0], false);
            awaitRule(v2[0], false);
        } finally {
            load.shutdownNow();
            alertRegistration.unregister();
            sinkRegistration.unregister();
        }
    }

    private static void awaitSent(AtomicInteger sent, int count) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (sent.get() < count && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        assertTrue("the load generator sent " + count + " lines", sent.get() >= count);
    }

    /** Polls siem:rule until the rule is loaded (or gone): the engine compiles rule sets on its own thread. */
    private void awaitRule(String id, boolean loaded) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        String out = "";
        while (System.nanoTime() < deadline) {
            out = ItSupport.shell(sessions, "siem:rule " + id);
            if (out.contains("No rule with id") != loaded) {
                return;
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        fail("rule " + id + (loaded ? " never loaded: " : " never unloaded: ") + out);
    }

    /** A rule bundle as a detection engineer builds one: a manifest header naming a folder of Sigma YAML. */
    private static byte[] ruleBundle(String version, String token, String[] ids) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", SYMBOLIC_NAME);
        main.putValue("Bundle-Version", version);
        main.putValue("Siem-Rules", "rules/");
        main.putValue("Require-Capability",
                "osgi.extender;filter:=\"(&(osgi.extender=io.usiem.rules)(version>=1.0)(!(version>=2.0)))\"");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            jar.putNextEntry(new JarEntry("rules/"));
            jar.closeEntry();
            for (int i = 0; i < ids.length; i++) {
                jar.putNextEntry(new JarEntry("rules/itest_" + i + ".yml"));
                String yaml = "title: itest rule " + i + " of version " + version + "\n"
                        + "id: " + ids[i] + "\n"
                        + "status: test\n"
                        + "description: matches the redeploy test's lines\n"
                        + "author: uSIEM itests\n"
                        + "date: 2026-11-30\n"
                        + "logsource:\n"
                        + "  service: syslog\n"
                        + "detection:\n"
                        + "  keywords:\n"
                        + "    - '" + token + "'\n"
                        + "  condition: keywords\n"
                        + "level: " + (i == 0 ? "low" : "medium") + "\n";
                jar.write(yaml.getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Records, per raw line of the test, the ids of the rules whose alerts named it. */
    private static final class AlertRecorder implements AlertSink {
        final Map<String, List<String>> byRaw = new ConcurrentHashMap<>();
        final AtomicLong total = new AtomicLong();
        private final String token;

        AlertRecorder(String token) {
            this.token = token;
        }

        @Override
        public String name() {
            return "itest-alert-recorder";
        }

        @Override
        public void accept(Alert alert) {
            for (Event e : alert.events()) {
                if (e.raw().contains(token)) {
                    byRaw.computeIfAbsent(e.raw(), k -> new CopyOnWriteArrayList<>()).add(alert.ruleId());
                    total.incrementAndGet();
                }
            }
        }
    }
}
