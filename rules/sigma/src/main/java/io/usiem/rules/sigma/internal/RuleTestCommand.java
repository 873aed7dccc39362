package io.usiem.rules.sigma.internal;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.usiem.api.alert.Alert;
import io.usiem.api.alert.Severity;
import io.usiem.api.event.Event;
import io.usiem.api.kernel.DryRun;
import io.usiem.api.kernel.Pipeline;
import io.usiem.api.parser.RawLog;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code siem:rule-test <rule.yml|dir> <file>}: each line of the file goes through the parsers as if
 * ingested (the kernel's dry run, nothing stored), then through the given rules; prints each match as
 * one JSON line with the rule id, then the count per rule. Correlation rules among them run over the file's events
 * in order, with the engine's windows: each firing is one JSON line with the group-by values and its events.
 */
@Command(scope = "siem", name = "rule-test", description = "Runs the lines of a file through the parsers and the given Sigma rule(s)")
@Service
public class RuleTestCommand implements Action {
    @Reference
    SigmaEngine engine;

    @Reference
    Pipeline pipeline;

    @Argument(index = 0, name = "rules", required = true, description = "A rule file or a folder of rules")
    String rules;

    @Argument(index = 1, name = "file", required = true, description = "File of log lines")
    String file;

    @Option(name = "--source-type", aliases = "-t", description = "Source type: skip parser guessing")
    String sourceType;

    @Override
    public Object execute() throws Exception {
        RuleSet set = new RuleLoader(engine.pipelines()).load(read(resolve(rules)));
        for (RuleError e : set.errors) {
            System.out.println("# REJECTED " + e);
        }
        Map<String, Integer> counts = new TreeMap<>();
        set.rules.forEach(r -> counts.put(r.id(), 0));
        // Correlations raise alerts rather than match events: each firing is printed with its group and its events.
        java.util.Set<String> correlations = new java.util.HashSet<>();
        set.correlations.forEach(c -> {
            counts.put(c.doc.id(), 0);
            correlations.add(c.doc.id());
        });
        long lines = 0;
        try (BufferedReader in = Files.newBufferedReader(resolve(file), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                lines++;
                DryRun run = pipeline.dryRun(RawLog.builder(line).sourceType(sourceType).input("siem:rule-test").build());
                for (Event e : run.events()) {
                    EventView view = set.threadView(e);
                    try {
                        set.evaluate(set.bucket(e.logSource()), view, false, e, Severity.INFORMATIONAL, r -> {
                            counts.merge(r.id(), 1, Integer::sum);
                            System.out.println("{\"rule.id\":" + quote(r.id()) + ",\"rule.title\":" + quote(r.doc.title()) + ",\"event\":" + e + "}");
                        }, alert -> {
                            if (correlations.contains(alert.ruleId())) {
                                counts.merge(alert.ruleId(), 1, Integer::sum);
                                System.out.println(correlationLine(alert));
                            }
                        });
                    } finally {
                        view.release();
                    }
                }
            }
        }
        System.out.println("# " + lines + " lines, " + set.rules.size() + " rules"
                + (set.correlations.isEmpty() ? "" : ", " + set.correlations.size() + " correlations"));
        counts.forEach((id, n) -> System.out.println("# " + id + " " + n));
        return null;
    }

    /** A correlation's firing: its id and title, the group-by values, and the events that completed it. */
    private static String correlationLine(Alert alert) {
        StringBuilder sb = new StringBuilder("{\"rule.id\":").append(quote(alert.ruleId())).append(",\"rule.title\":")
                .append(quote(alert.ruleTitle())).append(",\"group_by\":{");
        String sep = "";
        for (Map.Entry<String, String> g : alert.groupBy().entrySet()) {
            sb.append(sep).append(quote(g.getKey())).append(':').append(quote(g.getValue()));
            sep = ",";
        }
        sb.append("},\"events\":[");
        sep = "";
        for (Event e : alert.events()) {
            sb.append(sep).append(e);
            sep = ",";
        }
        return sb.append("]}").toString();
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private static Path resolve(String name) {
        Path p = Path.of(name);
        return p.isAbsolute() ? p : SigmaEngine.home().resolve(p);
    }

    private static List<RuleText> read(Path path) throws java.io.IOException {
        List<RuleText> out = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.walk(path)) {
                for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)
                        .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted()::iterator) {
                    out.add(new RuleText("rule-test", path.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8)));
                }
            }
        } else {
            out.add(new RuleText("rule-test", path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8)));
        }
        return out;
    }
}
