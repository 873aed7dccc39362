package io.usiem.rules.sigma.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.Version;

/** The extender reads the YAML of bundles with a Siem-Rules header and withdraws it when they go. */
class RuleBundleTrackerTest {
    private final ScheduledExecutorService compiler = Executors.newSingleThreadScheduledExecutor();
    private final SigmaEngine engine = new SigmaEngine("windows", "low");
    private final BundleContext context = (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {BundleContext.class}, (p, m, a) -> null);

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        compiler.shutdownNow();
    }

    @Test
    void rulesComeAndGoWithTheirBundle() throws Exception {
        RuleBundleTracker tracker = new RuleBundleTracker(context, engine, compiler, Duration.ZERO);
        assertNull(tracker.addingBundle(bundle(new Hashtable<>(), List.of(), 7, "1.0.0"), null),
                "a bundle without Siem-Rules is not tracked");

        Bundle pack = ruleBundle(8, "1.2.3", SigmaEngineTest.MIMIKATZ);
        String source = tracker.addingBundle(pack, null);
        assertEquals("bundle:test.rules#8", source);
        drain();
        assertEquals("1 rules loaded, 0 rejected", engine.summary());
        tracker.removedBundle(pack, null, source);
        drain();
        assertEquals("0 rules loaded, 0 rejected", engine.summary());
    }

    /** Before the grace period, an update published a rule set without the bundle's rules between its stop and start. */
    @Test
    void anUpdateReplacesTheBundlesRulesInOneSwap() throws Exception {
        RuleBundleTracker tracker = new RuleBundleTracker(context, engine, compiler, Duration.ofHours(1));
        Bundle v1 = ruleBundle(8, "1.0.0", SigmaEngineTest.MIMIKATZ);
        String source = tracker.addingBundle(v1, null);
        drain();
        long before = engine.repository().generation();

        tracker.removedBundle(v1, null, source);
        drain();
        assertEquals(before, engine.repository().generation(), "a stopped bundle's rules wait for it to come back");
        assertEquals("1 rules loaded, 0 rejected", engine.summary());
        Bundle v2 = ruleBundle(8, "2.0.0", SigmaEngineTest.MIMIKATZ, SigmaEngineTest.INFO);
        assertEquals(source, tracker.addingBundle(v2, null));
        drain();
        assertEquals(before + 1, engine.repository().generation(), "one swap from version 1 to version 2");
        assertEquals("2 rules loaded, 0 rejected", engine.summary());
    }

    @Test
    void anUninstalledBundlesRulesGoAtOnce() throws Exception {
        RuleBundleTracker tracker = new RuleBundleTracker(context, engine, compiler, Duration.ofHours(1));
        Bundle pack = ruleBundle(9, "1.0.0", SigmaEngineTest.MIMIKATZ);
        String source = tracker.addingBundle(pack, null);
        tracker.removedBundle(pack, null, source);
        tracker.uninstalled(new BundleEvent(BundleEvent.UNINSTALLED, pack));
        drain();
        assertEquals("0 rules loaded, 0 rejected", engine.summary());
    }

    /** Waits until the compiler thread has run everything due now. */
    private void drain() throws Exception {
        compiler.submit(() -> { }).get();
    }

    private Bundle ruleBundle(long id, String version, String... rules) throws Exception {
        List<URL> urls = new java.util.ArrayList<>();
        for (int i = 0; i < rules.length; i++) {
            Path rule = Files.createDirectories(dir.resolve(id + "-" + version)).resolve("rule" + i + ".yml");
            Files.writeString(rule, rules[i]);
            urls.add(rule.toUri().toURL());
        }
        Hashtable<String, String> headers = new Hashtable<>();
        headers.put(RuleBundleTracker.HEADER, "rules/");
        return bundle(headers, urls, id, version);
    }

    private static Bundle bundle(Dictionary<String, String> headers, List<URL> entries, long id, String version) {
        return (Bundle) Proxy.newProxyInstance(RuleBundleTrackerTest.class.getClassLoader(), new Class<?>[] {Bundle.class}, (p, m, a) -> {
            switch (m.getName()) {
                case "getHeaders":
                    return headers;
                case "findEntries":
                    return String.valueOf(a[1]).equals("*.yml") ? Collections.enumeration(entries) : null;
                case "getSymbolicName":
                    return "test.rules";
                case "getVersion":
                    return Version.parseVersion(version);
                case "getBundleId":
                    return id;
                case "hashCode":
                    return (int) id;
                case "equals":
                    return p == a[0];
                default:
                    return null;
            }
        });
    }
}
