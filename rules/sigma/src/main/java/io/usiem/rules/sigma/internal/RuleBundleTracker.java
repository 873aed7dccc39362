package io.usiem.rules.sigma.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule bundle extender: a started bundle whose manifest has {@code Siem-Rules: <folder>[,<folder>]}
 * contributes the Sigma YAML under those folders; stopping, updating or uninstalling it withdraws them.
 * Each change swaps the whole rule set at once.
 */
final class RuleBundleTracker extends BundleTracker<String> {
    /** The manifest header naming the rule folders of a rule bundle. */
    static final String HEADER = "Siem-Rules";
    private static final Logger LOG = LoggerFactory.getLogger(RuleBundleTracker.class);

    private final SigmaEngine engine;
    private final Executor compiler;

    /**
     * @param context the engine bundle's context
     * @param engine receives the rules
     * @param compiler runs the recompilations in order, off the framework's event thread (compiling thousands
     *     of rules takes seconds, and bundle events are delivered synchronously)
     */
    RuleBundleTracker(BundleContext context, SigmaEngine engine, Executor compiler) {
        super(context, Bundle.ACTIVE | Bundle.STARTING, null);
        this.engine = engine;
        this.compiler = compiler;
    }

    @Override
    public String addingBundle(Bundle bundle, BundleEvent event) {
        String header = bundle.getHeaders("").get(HEADER);
        if (header == null) {
            return null;
        }
        String source = "bundle:" + bundle.getSymbolicName() + "/" + bundle.getVersion() + "#" + bundle.getBundleId();
        Map<String, String> files = new TreeMap<>();
        for (String folder : header.split(",")) {
            String f = folder.trim();
            if (!f.isEmpty()) {
                read(bundle, source, f, "*.yml", files);
                read(bundle, source, f, "*.yaml", files);
            }
        }
        // The files are read now, while the bundle is there; compiled in order on the compiler thread.
        compiler.execute(() -> engine.putRules(source, files));
        return source;
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, String source) {
        compiler.execute(() -> engine.removeRules(source));
    }

    private static void read(Bundle bundle, String source, String folder, String pattern, Map<String, String> out) {
        Enumeration<URL> entries = bundle.findEntries(folder, pattern, true);
        if (entries == null) {
            return;
        }
        while (entries.hasMoreElements()) {
            URL url = entries.nextElement();
            try (InputStream in = url.openStream()) {
                out.put(url.getPath(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                LOG.warn("Cannot read rule {} of bundle {}: {}", url.getPath(), bundle.getSymbolicName(), e.toString());
            }
        }
    }
}
