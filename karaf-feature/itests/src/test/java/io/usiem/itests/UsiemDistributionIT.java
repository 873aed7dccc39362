package io.usiem.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import io.usiem.api.event.Event;
import io.usiem.api.event.Fields;
import io.usiem.api.event.Tags;
import io.usiem.api.input.EventIngest;
import io.usiem.api.kernel.Pipeline;
import io.usiem.api.kernel.PipelineStatus;
import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.RawLog;
import io.usiem.api.sink.EventSink;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.EnumSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.After;
import org.junit.Before;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Boots the real uSIEM distribution once and checks what a user does with it: the core runs, the
 * shell commands print, a parser feature installs and uninstalls at runtime, and a parser bundle
 * updated under load loses no event.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
// One container for all tests; the kernel reconfiguration test restarts the kernel, so the order is fixed.
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class UsiemDistributionIT {
    private static final String PARSER_FEATURE = "usiem-parser-syslog";
    private static final String PARSER_BUNDLE = "io.usiem.parser.syslog";

    @Inject
    BundleContext context;

    @Inject
    Pipeline pipeline;

    @Inject
    EventIngest ingest;

    @Inject
    SessionFactory sessions;

    @Inject
    FeaturesService features;

    @Inject
    ConfigurationAdmin configAdmin;

    private final CountingSink sink = new CountingSink();
    private ServiceRegistration<EventSink> sinkRegistration;

    @Configuration
    public Option[] config() {
        return ItSupport.distribution(18101, 11099, 44445);
    }

    @Before
    public void registerSink() {
        sinkRegistration = context.registerService(EventSink.class, sink, null);
    }

    @After
    public void unregisterSink() {
        sinkRegistration.unregister();
    }

    private String shell(String command) {
        return ItSupport.shell(sessions, command);
    }

    private LogParser awaitParser(long seconds) throws InterruptedException {
        ServiceTracker<LogParser, LogParser> tracker = new ServiceTracker<>(context, LogParser.class, null);
        tracker.open();
        try {
            return tracker.waitForService(TimeUnit.SECONDS.toMillis(seconds));
        } finally {
            tracker.close();
        }
    }

    @Test
    public void distributionBootsWithCoreAndDefaultParser() throws Exception {
        assertTrue(features.isInstalled(features.getFeature("usiem-core")));
        assertTrue(features.isInstalled(features.getFeature(PARSER_FEATURE)));
        assertTrue(features.isInstalled(features.getFeature("usiem-connector-filesink")));
        assertNotNull("the default parser is registered", awaitParser(300));
        for (String bsn : new String[] {"io.usiem.api", "io.usiem.kernel", "io.usiem.commander", PARSER_BUNDLE}) {
            Bundle b = bundle(bsn);
            assertEquals(bsn + " is active", Bundle.ACTIVE, b.getState());
        }
        Path etc = Path.of(System.getProperty("karaf.etc"));
        String shellCfg = Files.readString(etc.resolve("org.apache.karaf.shell.cfg"));
        assertTrue("SSH is bound to loopback by default", shellCfg.matches("(?s).*\\bsshHost\\s*=\\s*127\\.0\\.0\\.1\\b.*"));
        String users = Files.readString(etc.resolve("users.properties"));
        assertFalse("no well-known password", users.lines().anyMatch(l -> l.startsWith("karaf")));
        // The shell scans our bundles' command packages at start: a class it cannot load there (the REST servlet
        // without the optional HTTP Whiteboard) logged a NoClassDefFoundError with its stack at every start.
        Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        assertTrue("karaf.log at " + log, Files.exists(log));
        java.util.List<String> failed = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains("Inspection of class")).toList();
        assertTrue("every class the shell scans for commands loads: " + failed, failed.isEmpty());
    }

    @Test
    public void injectedLineIsParsedStoredAndCounted() throws Exception {
        awaitParser(300);
        long before = pipeline.status().accepted();
        String out = shell("siem:inject \"itest <34>Oct 11 22:14:15 mymachine su: failed user=bob src=10.1.2.3\"");
        assertTrue(out, out.contains("Injected 1 line"));
        Event e = sink.awaitRaw("itest <34>Oct 11 22:14:15 mymachine su: failed user=bob src=10.1.2.3", 300, TimeUnit.SECONDS);
        assertNotNull("the injected line reached the sink", e);
        assertEquals("bob", e.getText(Fields.USER_NAME));
        assertEquals("10.1.2.3", e.getIp(Fields.SOURCE_IP).toString());
        assertTrue(pipeline.status().accepted() >= before + 1);
        // The default archive sink writes before the test's sink (it registered first), so the line is on disk.
        Path archive = Path.of(System.getProperty("karaf.data"), "usiem", "events",
                "events-" + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + ".ndjson");
        assertTrue(Files.readAllLines(archive).stream().anyMatch(l -> l.contains("\"user.name\":\"bob\"")
                && l.contains("itest <34>Oct 11 22:14:15 mymachine su")));

        String status = shell("siem:status");
        assertTrue(status, status.contains("Pipeline: accepted"));
        assertTrue(status, status.matches("(?s).*parse\\s+\\d+/8192\\s+\\d+\\s+1-4.*"));
        assertTrue(status, status.contains("itest-counter"));
        assertTrue(status, status.contains("ndjson-archive"));

        String parsers = shell("siem:parsers");
        assertTrue(parsers, parsers.contains("generic-syslog"));
        assertTrue(parsers, parsers.contains(PARSER_BUNDLE));

        String parsed = shell("siem:parse \"<13>Feb  5 17:32:18 gw01 kernel: action=drop src=10.0.0.5 dst=192.0.2.10 dport=23\"");
        assertTrue(parsed, parsed.contains("\"destination.port\":23"));
        assertTrue(parsed, parsed.contains("\"usiem.category\":\"NETWORK\""));
        String unparsed = shell("siem:parse nothing to see");
        assertTrue(unparsed, unparsed.startsWith("# UNPARSED: ") && unparsed.contains("generic-syslog: not mine"));
        assertTrue(unparsed, unparsed.contains("\"tags\":[\"unparsed\"]"));
    }

    @Test
    public void parserFeatureUninstallsAndInstallsAtRuntime() throws Exception {
        awaitParser(300);
        features.uninstallFeature(PARSER_FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
        assertTrue("the catch-all parser is gone with its feature",
                pipeline.parsers().stream().noneMatch(p -> p.name().equals("generic-syslog")));
        ingest.ingest(RawLog.of("itest <13>Feb  5 17:32:18 host app: while no parser"));
        Event raw = sink.awaitRaw("itest <13>Feb  5 17:32:18 host app: while no parser", 300, TimeUnit.SECONDS);
        assertNotNull("a line no parser takes is stored raw, not lost", raw);
        assertTrue(raw.hasTag(Tags.UNPARSED));
        assertTrue(raw.getText(Fields.ERROR_MESSAGE), !raw.getText(Fields.ERROR_MESSAGE).contains("generic-syslog"));

        features.installFeature(PARSER_FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
        assertNotNull("the parser is back", awaitParserOf(PARSER_BUNDLE, 300));
        assertTrue(pipeline.parsers().stream().anyMatch(p -> p.name().equals("generic-syslog")));
        String listed = shell("feature:list -i");
        assertTrue(listed, listed.contains(PARSER_FEATURE));
    }

    @Test
    public void updatingTheParserBundleUnderLoadLosesNothing() throws Exception {
        sink.countOnly(raw -> raw.startsWith("<13>Feb  5 17:32:18 host app: seq="));
        awaitParser(300);
        PipelineStatus before = pipeline.status();
        int total = 60_000;
        AtomicReference<Throwable> failure = new AtomicReference<>();
        // Update k starts once the producer passed its mark, and the producer does not finish before the
        // update is done: so every update happens while lines are flowing, however fast this machine is.
        int swaps = 3;
        java.util.concurrent.CountDownLatch[] reached = new java.util.concurrent.CountDownLatch[swaps];
        java.util.concurrent.CountDownLatch[] updated = new java.util.concurrent.CountDownLatch[swaps];
        for (int k = 0; k < swaps; k++) {
            reached[k] = new java.util.concurrent.CountDownLatch(1);
            updated[k] = new java.util.concurrent.CountDownLatch(1);
        }
        int step = total / (swaps + 1);
        Thread producer = new Thread(() -> {
            try {
                // Runs of 50, as a TCP input hands over what one read brought: each run waits for one fsync.
                java.util.List<RawLog> run = new java.util.ArrayList<>();
                for (int i = 0; i < total; i++) {
                    boolean mark = i > 0 && i % step == 0 && i / step <= swaps;
                    boolean hold = i % step == step / 2 && i / step >= 1 && i / step <= swaps;
                    if (mark || hold || run.size() == 50) {
                        assertEquals(run.size(), ingest.ingestAll(run));
                        run.clear();
                    }
                    if (mark) {
                        reached[i / step - 1].countDown();
                    }
                    if (hold) {
                        updated[i / step - 1].await();
                    }
                    run.add(RawLog.of("<13>Feb  5 17:32:18 host app: seq=" + i + " user=u" + (i % 50)));
                }
                assertEquals(run.size(), ingest.ingestAll(run));
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "itest-producer");
        producer.start();
        Bundle parser = bundle(PARSER_BUNDLE);
        int updates = 0;
        for (int k = 0; k < swaps; k++) {
            assertTrue("the producer reached mark " + (k + 1), reached[k].await(5, TimeUnit.MINUTES));
            awaitParser(300);
            parser.update();
            updates++;
            long flowed = pipeline.status().accepted() - before.accepted();
            assertTrue("update " + updates + " happened while lines were flowing (" + flowed + " of " + total + ")",
                    producer.isAlive() && flowed < total);
            updated[k].countDown();
        }
        producer.join(TimeUnit.MINUTES.toMillis(5));
        assertEquals(null, failure.get());
        assertTrue("every accepted event reaches the sink", sink.awaitEvents(total, 2, TimeUnit.MINUTES));
        PipelineStatus after = pipeline.status();
        assertEquals("each event stored exactly once", total, sink.sequences.size());
        assertEquals(total, sink.events.get());
        assertEquals(total, after.accepted() - before.accepted());
        assertEquals("parsed + unparsed account for every line", total,
                (after.parsed() - before.parsed()) + (after.unparsed() - before.unparsed()));
        long droppedBefore = before.dropped().values().stream().mapToLong(Long::longValue).sum();
        long droppedAfter = after.dropped().values().stream().mapToLong(Long::longValue).sum();
        assertEquals("no drop while the parser was swapped", droppedBefore, droppedAfter);
        System.out.println("hot swap: " + updates + " updates, " + total + " events, " + sink.unparsed.get()
                + " stored raw" + (sink.firstUnparsed == null ? "" : ", first: " + sink.firstUnparsed) + "; status " + after);
        assertEquals("lines in flight wait for the updated parser instead of being stored raw", 0, sink.unparsed.get());
        assertEquals("the bundle was updated three times while events flowed", swaps, updates);
        assertNotNull(awaitParser(300));
    }

    @Test
    public void kernelIsReconfiguredThroughConfigAdmin() throws Exception {
        assertEquals(4, parseStage(pipeline).maxWorkers());
        Pipeline reconfigured = reconfigureKernel("parse.workers.max", 2);
        assertEquals(2, parseStage(reconfigured).maxWorkers());
        // (Not through the shell here: Karaf re-registers the siem commands asynchronously after the kernel restarts.)
        // The new kernel takes lines at once.
        ingest(reconfigured);
        Pipeline restored = reconfigureKernel("parse.workers.max", 4);
        assertEquals(4, parseStage(restored).maxWorkers());
    }

    /**
     * Every parser feature the distribution ships installs at runtime, parses its own sample lines in a dry run
     * (routed by its source type, so no other parser answers), and uninstalls without a trace.
     */
    @Test
    public void everyParserFeatureInstallsParsesItsSamplesAndUninstalls() throws Exception {
        java.util.List<String> parserFeatures = new java.util.ArrayList<>();
        for (org.apache.karaf.features.Feature f : features.listFeatures()) {
            String n = f.getName();
            if (n.startsWith("usiem-parser-") && !n.endsWith("-core") && !n.equals(PARSER_FEATURE)) {
                parserFeatures.add(n);
            }
        }
        for (String feature : parserFeatures) {
            String bsn = "io.usiem.parser." + feature.substring("usiem-parser-".length());
            // Booted ones are uninstalled first, so every parser is seen to go and come back at runtime.
            if (features.isInstalled(features.getFeature(feature))) {
                features.uninstallFeature(feature, EnumSet.noneOf(FeaturesService.Option.class));
                assertTrue(feature + " uninstalled", java.util.Arrays.stream(context.getBundles())
                        .noneMatch(b -> bsn.equals(b.getSymbolicName())));
            }
            features.installFeature(feature, EnumSet.noneOf(FeaturesService.Option.class));
            LogParser parser = awaitParserOf(bsn, 300);
            assertNotNull(feature + " registers its parser", parser);
            Pipeline current = context.getService(context.getServiceReference(Pipeline.class));
            String type = parser.metadata().sourceTypes().get(0);
            assertTrue(feature + " has sample lines", !parser.metadata().samples().isEmpty());
            for (String sample : parser.metadata().samples()) {
                io.usiem.api.kernel.DryRun run = current.dryRun(RawLog.builder(sample).sourceType(type).build());
                assertEquals(feature + ": " + sample + " -> " + run, io.usiem.api.parser.ParseResult.Kind.PARSED, run.outcome());
            }
        }
    }

    private String awaitArchived(String fragment) throws Exception {
        return awaitArchived(fragment, 300);
    }

    /** @return the archived JSON line containing the fragment, or null when none came within the time */
    private String awaitArchived(String fragment, long seconds) throws Exception {
        Path archive = Path.of(System.getProperty("karaf.data"), "usiem", "events",
                "events-" + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + ".ndjson");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        do {
            if (Files.exists(archive)) {
                java.util.Optional<String> line = Files.readAllLines(archive).stream().filter(l -> l.contains(fragment)).findFirst();
                if (line.isPresent()) {
                    return line.get();
                }
            }
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        } while (System.nanoTime() < deadline);
        return null;
    }

    private LogParser awaitParserOf(String bsn, long seconds) throws Exception {
        org.osgi.framework.Filter filter = context.createFilter("(objectClass=" + LogParser.class.getName() + ")");
        ServiceTracker<LogParser, LogParser> tracker = new ServiceTracker<>(context, filter, null);
        tracker.open();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < deadline) {
                ServiceReference<LogParser>[] refs = tracker.getServiceReferences();
                if (refs != null) {
                    for (ServiceReference<LogParser> ref : refs) {
                        if (bsn.equals(ref.getBundle().getSymbolicName())) {
                            return tracker.getService(ref);
                        }
                    }
                }
                java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            }
            return null;
        } finally {
            tracker.close();
        }
    }

    @Test
    public void syslogInputBootsAndListensOnUdpAndTcp() throws Exception {
        assertTrue(features.isInstalled(features.getFeature("usiem-connector-sysloginput")));
        awaitParser(300);
        // The current kernel: the reconfiguration test (run before this one) replaced the injected one.
        ServiceTracker<Pipeline, Pipeline> kernel = new ServiceTracker<>(context, Pipeline.class, null);
        kernel.open();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            java.util.List<String> inputs = java.util.List.of();
            while (inputs.size() < 3 && System.nanoTime() < deadline) {
                Pipeline current = kernel.waitForService(TimeUnit.MINUTES.toMillis(5));
                inputs = current.status().inputs().stream().map(i -> i.name()).filter(n -> n.startsWith("syslog-"))
                        .sorted().toList();
                if (inputs.size() < 3) {
                    java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50)); // poll: the listeners bind as their configurations arrive
                }
            }
            assertEquals("the default listeners: UDP and TCP on 5514, TLS waiting for a certificate",
                    java.util.List.of("syslog-tcp", "syslog-tls", "syslog-udp"), inputs);
        } finally {
            kernel.close();
        }
        // What a user sees: the lines are stored (the default archive holds every finished event).
        String tcpLine = "<13>Nov 29 22:45:01 itest-tcp app: over tcp";
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", 5514)) {
            socket.getOutputStream().write((tcpLine + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        String tcp = awaitArchived("\"event.original\":\"" + tcpLine + "\"");
        assertNotNull("a line sent over TCP is stored", tcp);
        assertTrue(tcp, tcp.contains("\"host.hostname\":\"itest-tcp\"") && tcp.contains("\"message\":\"over tcp\""));
        // UDP gives no delivery guarantee even on loopback: send again until it arrives.
        String udpLine = "<13>Nov 29 22:45:00 itest-udp app: over udp";
        byte[] datagram = udpLine.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String udp = null;
        try (java.net.DatagramSocket socket = new java.net.DatagramSocket()) {
            for (int attempt = 0; attempt < 300 && udp == null; attempt++) {
                socket.send(new java.net.DatagramPacket(datagram, datagram.length,
                        java.net.InetAddress.getLoopbackAddress(), 5514));
                udp = awaitArchived("\"event.original\":\"" + udpLine + "\"", 1);
            }
        }
        assertNotNull("a datagram is stored", udp);
        assertTrue(udp, udp.contains("\"host.hostname\":\"itest-udp\""));
        String status = shell("siem:status");
        assertTrue(status, status.contains("syslog-tcp") && status.contains("syslog-udp"));
    }

    private void ingest(Pipeline p) throws Exception {
        EventIngest current = context.getService(context.getServiceReference(EventIngest.class));
        current.ingest(RawLog.of("itest after reconfiguration"));
        assertNotNull(sink.awaitRaw("itest after reconfiguration", 300, TimeUnit.SECONDS));
    }

    private static io.usiem.api.kernel.StageStatus parseStage(Pipeline p) {
        return p.status().stages().stream().filter(s -> s.name().equals("parse")).findFirst().orElseThrow();
    }

    /** Updates one kernel property through Config Admin and waits for the kernel to come back with it. */
    private Pipeline reconfigureKernel(String key, int value) throws Exception {
        CountDownLatch registered = new CountDownLatch(1);
        ServiceListener listener = event -> {
            if (event.getType() == ServiceEvent.REGISTERED) {
                registered.countDown();
            }
        };
        context.addServiceListener(listener, "(objectClass=" + Pipeline.class.getName() + ")");
        try {
            org.osgi.service.cm.Configuration cfg = configAdmin.getConfiguration("io.usiem.kernel", "?");
            Dictionary<String, Object> props = cfg.getProperties();
            props.put(key, String.valueOf(value));
            cfg.update(props);
            assertTrue("the kernel restarts with the new configuration", registered.await(300, TimeUnit.SECONDS));
        } finally {
            context.removeServiceListener(listener);
        }
        ServiceReference<Pipeline> ref = context.getServiceReference(Pipeline.class);
        return context.getService(ref);
    }

    private Bundle bundle(String bsn) {
        for (Bundle b : context.getBundles()) {
            if (bsn.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("bundle " + bsn + " not installed");
    }
}
