package io.usiem.rules.sigma.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

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

    private final RuleRepository repository;

    RuleBundleTracker(BundleContext context, RuleRepository repository) {
        super(context, Bundle.ACTIVE | Bundle.STARTING, null);
        this.repository = repository;
    }

    @Override
    public String addingBundle(Bundle bundle, BundleEvent event) {
        String header = bundle.getHeaders("").get(HEADER);
        if (header == null) {
            return null;
        }
        String source = "bundle:" + bundle.getSymbolicName() + "/" + bundle.getVersion() + "#" + bundle.getBundleId();
        List<RuleText> files = new ArrayList<>();
        for (String folder : header.split(",")) {
            String f = folder.trim();
            if (!f.isEmpty()) {
                read(bundle, source, f, "*.yml", files);
                read(bundle, source, f, "*.yaml", files);
            }
        }
        repository.put(source, files);
        return source;
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, String source) {
        repository.remove(source);
    }

    private static void read(Bundle bundle, String source, String folder, String pattern, List<RuleText> out) {
        Enumeration<URL> entries = bundle.findEntries(folder, pattern, true);
        if (entries == null) {
            return;
        }
        while (entries.hasMoreElements()) {
            URL url = entries.nextElement();
            try (InputStream in = url.openStream()) {
                out.add(new RuleText(source, url.getPath(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                LOG.warn("Cannot read rule {} of bundle {}: {}", url.getPath(), bundle.getSymbolicName(), e.toString());
            }
        }
    }
}
