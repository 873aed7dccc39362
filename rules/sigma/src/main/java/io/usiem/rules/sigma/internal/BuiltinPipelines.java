package io.usiem.rules.sigma.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The processing pipelines shipped in this bundle, for the sources uSIEM's parsers produce. */
final class BuiltinPipelines {
    /** Names of the shipped pipelines, {@code pipelines/<name>.yml} in the bundle. */
    static final List<String> ALL = List.of("windows", "linux", "web", "network", "cloud");

    private BuiltinPipelines() {
    }

    /**
     * @param names pipeline names
     * @return the pipelines
     * @throws RuleException when a name is unknown or a pipeline does not parse
     */
    static List<ProcessingPipeline> load(List<String> names) {
        List<ProcessingPipeline> out = new ArrayList<>();
        for (String n : names) {
            String name = n.trim();
            if (name.isEmpty()) {
                continue;
            }
            try (InputStream in = BuiltinPipelines.class.getResourceAsStream("/pipelines/" + name + ".yml")) {
                if (in == null) {
                    throw new RuleException("no built-in pipeline '" + name + "' (known: " + ALL + ")");
                }
                out.add(ProcessingPipeline.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name + ".yml"));
            } catch (IOException e) {
                throw new RuleException("cannot read built-in pipeline '" + name + "': " + e.getMessage());
            }
        }
        return out;
    }
}
