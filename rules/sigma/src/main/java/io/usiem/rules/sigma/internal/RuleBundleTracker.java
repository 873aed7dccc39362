package io.usiem.rules.sigma.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule bundle extender: a started bundle whose manifest has {@code Siem-Rules: <folder>[,<folder>]}
 * contributes the Sigma YAML under those folders; stopping or uninstalling it withdraws them. Each change swaps
 * the whole rule set at once.
 *
 * <p>An update stops the bundle and starts it again: withdrawing its rules at the stop would publish a rule set
 * without them, and events evaluated in that gap would raise none of the bundle's alerts (found by
 * RuleBundleRedeployIT). So a stopped bundle's rules stay for a grace period; when the bundle starts again within it
 * (an update), its new rules replace the old ones in one swap. An uninstall withdraws them at once.
 */
final class RuleBundleTracker extends BundleTracker<String> {
    /** The manifest header naming the rule folders of a rule bundle. */
    static final String HEADER = "Siem-Rules";
    private static final Logger LOG = LoggerFactory.getLogger(RuleBundleTracker.class);

    private final SigmaEngine engine;
    private final ScheduledExecutorService compiler;
    private final long graceNanos;
    /** Withdrawals waiting out the grace period, by source; guarded by itself. */
    private final Map<String, Future<?>> pendingRemovals = new HashMap<>();
    private final BundleListener uninstalls = this::uninstalled;

    /**
     * @param context the engine bundle's context
     * @param engine receives the rules
     * @param compiler runs the recompilations in order, off the framework's event thread (compiling thousands
     *     of rules takes seconds, and bundle events are delivered synchronously)
     * @param grace how long a stopped bundle's rules stay, waiting for the bundle to start again
     */
    RuleBundleTracker(BundleContext context, SigmaEngine engine, ScheduledExecutorService compiler, Duration grace) {
        super(context, Bundle.ACTIVE | Bundle.STARTING, null);
        this.engine = engine;
        this.compiler = compiler;
        this.graceNanos = grace.toNanos();
    }

    @Override
    public void open() {
        context.addBundleListener(uninstalls);
        super.open();
    }

    @Override
    public void close() {
        super.close();
        context.removeBundleListener(uninstalls);
    }

    /** The source of a bundle's rules: the same across updates, so an update replaces them in place. */
    static String source(Bundle bundle) {
        return "bundle:" + bundle.getSymbolicName() + "#" + bundle.getBundleId();
    }

    @Override
    public String addingBundle(Bundle bundle, BundleEvent event) {
        String header = bundle.getHeaders("").get(HEADER);
        if (header == null) {
            return null;
        }
        String source = source(bundle);
        Map<String, String> files = new TreeMap<>();
        for (String folder : header.split(",")) {
            String f = folder.trim();
            if (!f.isEmpty()) {
                read(bundle, source, f, "*.yml", files);
                read(bundle, source, f, "*.yaml", files);
            }
        }
        synchronized (pendingRemovals) {
            Future<?> pending = pendingRemovals.remove(source);
            if (pending != null) {
                pending.cancel(false);
                LOG.info("Rule bundle {} {} started again: its rules are replaced in one swap", bundle.getSymbolicName(),
                        bundle.getVersion());
            }
        }
        // The files are read now, while the bundle is there; compiled in order on the compiler thread.
        compiler.execute(() -> engine.putRules(source, files));
        return source;
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, String source) {
        synchronized (pendingRemovals) {
            Runnable withdraw = () -> {
                synchronized (pendingRemovals) {
                    if (pendingRemovals.remove(source) == null) {
                        return;
                    }
                }
                engine.removeRules(source);
            };
            pendingRemovals.put(source, compiler.schedule(withdraw, graceNanos, TimeUnit.NANOSECONDS));
        }
    }

    /** An uninstalled bundle will not start again: its rules go now rather than after the grace period. */
    void uninstalled(BundleEvent event) {
        if (event.getType() != BundleEvent.UNINSTALLED) {
            return;
        }
        String source = source(event.getBundle());
        synchronized (pendingRemovals) {
            Future<?> pending = pendingRemovals.remove(source);
            if (pending == null) {
                return;
            }
            pending.cancel(false);
        }
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
