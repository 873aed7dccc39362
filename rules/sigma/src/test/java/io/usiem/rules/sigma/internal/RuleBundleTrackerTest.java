package io.usiem.rules.sigma.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;

/** The extender reads the YAML of bundles with a Siem-Rules header and withdraws it when they go. */
class RuleBundleTrackerTest {
    @Test
    void rulesComeAndGoWithTheirBundle(@TempDir Path dir) throws Exception {
        Path rule = dir.resolve("mimikatz.yml");
        Files.writeString(rule, SigmaEngineTest.MIMIKATZ);
        SigmaEngine engine = new SigmaEngine("windows", "low");
        BundleContext context = (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {BundleContext.class}, (p, m, a) -> null);
        RuleBundleTracker tracker = new RuleBundleTracker(context, engine, Runnable::run);

        Bundle plain = bundle(new Hashtable<>(), List.of(), 7);
        assertNull(tracker.addingBundle(plain, null), "a bundle without Siem-Rules is not tracked");

        Hashtable<String, String> headers = new Hashtable<>();
        headers.put(RuleBundleTracker.HEADER, "rules/");
        Bundle pack = bundle(headers, List.of(rule.toUri().toURL()), 8);
        String source = tracker.addingBundle(pack, null);
        assertEquals("bundle:test.rules/1.2.3#8", source);
        assertEquals("1 rules loaded, 0 rejected", engine.summary());
        tracker.removedBundle(pack, null, source);
        assertEquals("0 rules loaded, 0 rejected", engine.summary());
    }

    private static Bundle bundle(Dictionary<String, String> headers, List<URL> entries, long id) {
        return (Bundle) Proxy.newProxyInstance(RuleBundleTrackerTest.class.getClassLoader(), new Class<?>[] {Bundle.class}, (p, m, a) -> {
            switch (m.getName()) {
                case "getHeaders":
                    return headers;
                case "findEntries":
                    return String.valueOf(a[1]).equals("*.yml") ? Collections.enumeration(entries) : null;
                case "getSymbolicName":
                    return "test.rules";
                case "getVersion":
                    return Version.parseVersion("1.2.3");
                case "getBundleId":
                    return id;
                default:
                    return null;
            }
        });
    }
}
