package io.usiem.commander.internal;

import io.usiem.api.event.EventJsonWriter;
import io.usiem.api.input.InputStats;
import io.usiem.api.kernel.JournalStatus;
import io.usiem.api.kernel.ParserStatus;
import io.usiem.api.kernel.PipelineStatus;
import io.usiem.api.kernel.StageStatus;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders status snapshots as plain-text tables; kept apart from the commands so it is unit-tested. */
final class StatusFormatter {
    private StatusFormatter() {
    }

    static String status(PipelineStatus s) {
        List<InputStats> inputs = s.inputs();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Pipeline: accepted %d, parsed %d, unparsed %d, completed %d, alerts %d, %.1f events/s%n",
                s.accepted(), s.parsed(), s.unparsed(), s.completed(), s.alerts(), s.eventsPerSecond()));
        out.append(String.format(Locale.ROOT, "%n%-12s %15s %9s %9s %12s %10s%n", "Stage", "Queue", "Workers", "(min-max)", "Processed", "Rate/s"));
        for (StageStatus st : s.stages()) {
            out.append(String.format(Locale.ROOT, "%-12s %15s %9d %9s %12d %10.1f%n", st.name(),
                    st.queueDepth() + "/" + st.queueCapacity(), st.workers(), st.minWorkers() + "-" + st.maxWorkers(),
                    st.processed(), st.perSecond()));
        }
        JournalStatus j = s.journal();
        if (j != null) {
            out.append(String.format(Locale.ROOT, "%nJournal: %d bytes, fsync %s; positions %d..%d, commit point %d "
                    + "(oldest unacknowledged line), commit lag %d, durable to %d%n", j.sizeBytes(), j.fsyncMode(),
                    j.firstPosition(), j.appendedPosition(), j.commitPoint(), j.commitLag(), j.durablePosition()));
        }
        counters(out, "Dropped", s.dropped());
        counters(out, "Errors", s.errors());
        out.append(String.format("%nInputs:%s", inputs.isEmpty() ? " none" : ""));
        out.append(System.lineSeparator());
        for (InputStats in : inputs) {
            out.append(String.format(Locale.ROOT, "  %-20s %-12s received %d, bytes %d, connections %d%n", in.name(), in.type(),
                    in.received(), in.bytes(), in.connections()));
            in.dropped().forEach((reason, n) -> out.append(String.format(Locale.ROOT, "    dropped %-20s %d%n", reason, n)));
        }
        out.append(String.format("Enrichers: %s%n", list(s.enrichers())));
        out.append(String.format("Sinks: %s%n", list(s.sinks())));
        out.append(String.format("Detectors: %s%n", list(s.detectors())));
        return out.toString();
    }

    /** The same snapshot as one JSON object, for scripts and monitoring. */
    static String statusJson(PipelineStatus s) {
        List<InputStats> inputs = s.inputs();
        StringBuilder out = new StringBuilder(512);
        out.append("{\"accepted\":").append(s.accepted()).append(",\"parsed\":").append(s.parsed())
                .append(",\"unparsed\":").append(s.unparsed()).append(",\"completed\":").append(s.completed())
                .append(",\"alerts\":").append(s.alerts())
                .append(",\"events_per_second\":").append(String.format(Locale.ROOT, "%.1f", s.eventsPerSecond()))
                .append(",\"stages\":[");
        for (int i = 0; i < s.stages().size(); i++) {
            StageStatus st = s.stages().get(i);
            out.append(i == 0 ? "" : ",").append("{\"name\":");
            EventJsonWriter.string(out, st.name());
            out.append(",\"queue\":").append(st.queueDepth()).append(",\"capacity\":").append(st.queueCapacity())
                    .append(",\"workers\":").append(st.workers()).append(",\"min_workers\":").append(st.minWorkers())
                    .append(",\"max_workers\":").append(st.maxWorkers()).append(",\"processed\":").append(st.processed())
                    .append(",\"per_second\":").append(String.format(Locale.ROOT, "%.1f", st.perSecond())).append('}');
        }
        out.append("],\"dropped\":");
        counterJson(out, s.dropped());
        out.append(",\"errors\":");
        counterJson(out, s.errors());
        JournalStatus j = s.journal();
        if (j != null) {
            out.append(",\"journal\":{\"size_bytes\":").append(j.sizeBytes()).append(",\"first_position\":")
                    .append(j.firstPosition()).append(",\"commit_point\":").append(j.commitPoint())
                    .append(",\"appended_position\":").append(j.appendedPosition()).append(",\"durable_position\":")
                    .append(j.durablePosition()).append(",\"commit_lag\":").append(j.commitLag()).append(",\"fsync\":");
            EventJsonWriter.string(out, j.fsyncMode());
            out.append('}');
        }
        out.append(",\"inputs\":[");
        for (int i = 0; i < inputs.size(); i++) {
            InputStats in = inputs.get(i);
            out.append(i == 0 ? "" : ",").append("{\"name\":");
            EventJsonWriter.string(out, in.name());
            out.append(",\"type\":");
            EventJsonWriter.string(out, in.type());
            out.append(",\"received\":").append(in.received()).append(",\"bytes\":").append(in.bytes())
                    .append(",\"connections\":").append(in.connections()).append(",\"dropped\":");
            counterJson(out, in.dropped());
            out.append('}');
        }
        out.append("],\"enrichers\":");
        listJson(out, s.enrichers());
        out.append(",\"sinks\":");
        listJson(out, s.sinks());
        out.append(",\"detectors\":");
        listJson(out, s.detectors());
        return out.append('}').toString();
    }

    private static void counterJson(StringBuilder out, Map<String, Long> counters) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Long> e : new java.util.TreeMap<>(counters).entrySet()) {
            out.append(first ? "" : ",");
            EventJsonWriter.string(out, e.getKey());
            out.append(':').append(e.getValue());
            first = false;
        }
        out.append('}');
    }

    private static void listJson(StringBuilder out, List<String> values) {
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ",");
            EventJsonWriter.string(out, values.get(i));
        }
        out.append(']');
    }

    static String parsers(List<ParserStatus> parsers) {
        if (parsers.isEmpty()) {
            return "No parser installed (feature:install usiem-parser-syslog)" + System.lineSeparator();
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-20s %-16s %-30s %-20s %10s %10s %10s %10s %10s %10s %6s%n",
                "Parser", "Version", "Bundle", "Source types", "Parsed", "NotMine", "Errors", "Discarded", "Failures", "Incomplete",
                "Stuck"));
        for (ParserStatus p : parsers) {
            out.append(String.format(Locale.ROOT, "%-20s %-16s %-30s %-20s %10d %10d %10d %10d %10d %10d %6d%s%n", p.name(), p.version(),
                    p.bundle(), String.join(",", p.sourceTypes()), p.parsed(), p.notMine(), p.formatErrors(), p.discarded(),
                    p.failures(), p.incomplete(), p.stuck(), p.quarantined() ? " QUARANTINED" : ""));
        }
        return out.toString();
    }

    private static void counters(StringBuilder out, String title, Map<String, Long> counters) {
        out.append(String.format("%n%s:%s%n", title, counters.isEmpty() ? " none" : ""));
        counters.forEach((reason, n) -> out.append(String.format(Locale.ROOT, "  %-40s %d%n", reason, n)));
    }

    private static String list(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
