package io.usiem.rules.sigma.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.usiem.api.alert.Alert;
import io.usiem.api.alert.Detector;
import io.usiem.api.alert.Severity;
import io.usiem.api.event.Event;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The Sigma detection engine as the pipeline's detector: evaluates each finished event against the
 * rules routed to its logsource and raises an alert per match. Rules come from rule bundles (the
 * {@code Siem-Rules} extender) and a watched folder; they are compiled through the configured
 * processing pipelines.
 */
@Component(service = {Detector.class, SigmaEngine.class}, configurationPid = SigmaEngineConfig.PID)
@Designate(ocd = SigmaEngineConfig.class)
public final class SigmaEngine implements Detector {
    /** Events out of which one has its rule evaluations timed (timing every evaluation would cost more than many rules). */
    private static final int TIMING_SAMPLE = 16;

    private final List<ProcessingPipeline> pipelines;
    private final RuleRepository repository;
    private final Severity minLevel;
    /** Long enough for a framework to stop, update and start a rule bundle, even on a loaded machine. */
    private static final java.time.Duration RULE_BUNDLE_UPDATE_GRACE = java.time.Duration.ofSeconds(30);

    private final RuleBundleTracker tracker;
    private final ScheduledExecutorService folderPoller;
    private final ScheduledExecutorService compiler;

    /**
     * @param config the configuration
     * @param context the bundle context, for the rule bundle extender
     * @throws IllegalArgumentException when a pipeline or the level is invalid
     */
    @Activate
    public SigmaEngine(SigmaEngineConfig config, BundleContext context) {
        this(loadPipelines(config), config.min_level(), context, config.rules_folder().isBlank() ? null
                : home().resolve(config.rules_folder()), config.poll_seconds(), lateness(config.correlation_lateness_seconds()));
    }

    /**
     * The engine without OSGi wiring (no rule bundles, no folder), for embedding and benchmarks.
     *
     * @param pipelines comma-separated built-in pipeline names (windows, linux, web, network, cloud)
     * @param minLevel the lowest Sigma level that raises alerts
     * @throws IllegalArgumentException when a pipeline or the level is invalid
     */
    public SigmaEngine(String pipelines, String minLevel) {
        this(builtin(pipelines), minLevel, null, null, 0, RuleLoader.DEFAULT_LATENESS_NANOS);
    }

    private SigmaEngine(List<ProcessingPipeline> pipelines, String minLevel, BundleContext context, Path folder, int pollSeconds,
            long latenessNanos) {
        this.pipelines = pipelines;
        this.minLevel = level(minLevel);
        this.repository = new RuleRepository(new RuleLoader(pipelines, latenessNanos));
        if (context == null) {
            this.tracker = null;
            this.compiler = null;
        } else {
            this.compiler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "usiem-sigma-rule-compiler");
                t.setDaemon(true);
                return t;
            });
            this.tracker = new RuleBundleTracker(context, this, compiler, RULE_BUNDLE_UPDATE_GRACE);
            tracker.open();
        }
        if (folder == null) {
            this.folderPoller = null;
        } else {
            RuleFolder watched = new RuleFolder(folder, this);
            this.folderPoller = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "usiem-sigma-rule-folder");
                t.setDaemon(true);
                return t;
            });
            folderPoller.scheduleWithFixedDelay(watched, 0, Math.max(1, pollSeconds), TimeUnit.SECONDS);
        }
    }

    /**
     * Replaces the rules of one source (a rule bundle, the folder) and swaps in the recompiled rule set.
     *
     * @param source the source's name
     * @param files rule YAML by path within the source
     */
    public void putRules(String source, Map<String, String> files) {
        List<RuleText> texts = new ArrayList<>();
        files.forEach((path, yaml) -> texts.add(new RuleText(source, path, yaml)));
        repository.put(source, texts);
    }

    /** @param source a source whose rules are withdrawn */
    public void removeRules(String source) {
        repository.remove(source);
    }

    /** @return rules loaded and rejected, for status output */
    public String summary() {
        RuleSet set = repository.current();
        return set.rules.size() + " rules loaded, " + set.errors.size() + " rejected";
    }

    @Deactivate
    void deactivate() {
        if (folderPoller != null) {
            folderPoller.shutdownNow();
        }
        if (tracker != null) {
            tracker.close();
            compiler.shutdownNow();
        }
    }

    @Override
    public String name() {
        return "sigma";
    }

    @Override
    public void detect(Event event, Consumer<Alert> alerts) {
        RuleSet set = repository.current();
        Bucket bucket = set.bucket(event.logSource());
        if (bucket.size() == 0) {
            return;
        }
        boolean timed = ThreadLocalRandom.current().nextInt(TIMING_SAMPLE) == 0;
        EventView view = set.threadView(event);
        try {
            set.evaluate(bucket, view, timed, event, minLevel, rule -> { }, alerts);
        } finally {
            view.release();
        }
    }

    /** @return the rule set in force (shell commands) */
    RuleSet rules() {
        return repository.current();
    }

    /** @return the rule repository (shell commands) */
    RuleRepository repository() {
        return repository;
    }

    /** @return the pipelines rules are compiled with (siem:rule-test) */
    List<ProcessingPipeline> pipelines() {
        return pipelines;
    }

    static int timingSample() {
        return TIMING_SAMPLE;
    }

    static Path home() {
        return Path.of(System.getProperty("karaf.base", "."));
    }

    private static List<ProcessingPipeline> builtin(String names) {
        try {
            return BuiltinPipelines.load(Arrays.asList(names.split(",")));
        } catch (RuleException e) {
            throw new IllegalArgumentException("Invalid Sigma pipeline configuration: " + e.getMessage(), e);
        }
    }

    private static List<ProcessingPipeline> loadPipelines(SigmaEngineConfig config) {
        try {
            List<ProcessingPipeline> out = new ArrayList<>(builtin(config.pipelines()));
            if (!config.pipeline_folder().isBlank()) {
                Path dir = home().resolve(config.pipeline_folder());
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path p : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted()::iterator) {
                        out.add(ProcessingPipeline.parse(Files.readString(p, StandardCharsets.UTF_8), p.getFileName().toString()));
                    }
                } catch (IOException e) {
                    throw new IllegalArgumentException("pipeline_folder " + dir + " cannot be read: " + e, e);
                }
            }
            return List.copyOf(out);
        } catch (RuleException e) {
            throw new IllegalArgumentException("Invalid Sigma pipeline configuration: " + e.getMessage(), e);
        }
    }

    private static long lateness(int seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("correlation_lateness_seconds must be 0 or more, got " + seconds);
        }
        return seconds * 1_000_000_000L;
    }

    static Severity level(String level) {
        String l = level.trim().toLowerCase(Locale.ROOT);
        switch (l) {
            case "informational":
            case "low":
            case "medium":
            case "high":
            case "critical":
                return CompiledRule.severity(l);
            default:
                throw new IllegalArgumentException("min_level must be informational, low, medium, high or critical, got '" + level + "'");
        }
    }
}
