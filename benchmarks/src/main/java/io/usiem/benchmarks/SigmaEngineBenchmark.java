package io.usiem.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.usiem.api.event.Event;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;
import io.usiem.api.event.LogSource;
import io.usiem.rules.sigma.internal.SigmaEngine;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Events per second per core of the Sigma engine with the SigmaHQ Windows rules on the OTRF
 * Sysmon/Security recordings: all Windows rules against the first 100 (cost growth with rule count).
 * Needs the shared corpus: {@code -Dusiem.corpus=/path/to/corpus} (default {@code ../shared/corpus}, from
 * the repository root). One event per operation, cycling through all events.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class SigmaEngineBenchmark {
    private static final Set<String> HEADER = Set.of("EventID", "Channel", "Task", "SourceName", "ProviderName", "Hostname",
            "Message", "@timestamp", "Keywords", "ProviderGuid", "EventTime", "@version", "EventReceivedTime", "port",
            "SeverityValue", "SourceModuleType", "tags", "SourceModuleName", "host", "ExecutionProcessID", "Severity",
            "ThreadID", "RecordNumber", "Version", "OpcodeValue", "TimeCreated", "Level", "AccountType", "AccountName",
            "Domain", "UserID", "Category", "Opcode", "EventTypeOrignal");
    private static final String[] SYSMON = {null, "process_creation", "file_change", "network_connection", "sysmon_status",
        "process_termination", "driver_load", "image_load", "create_remote_thread", "raw_access_thread", "process_access",
        "file_event", "registry_add", "registry_set", "registry_rename", "create_stream_hash", "sysmon_status", "pipe_created",
        "pipe_created", "wmi_event", "wmi_event", "wmi_event", "dns_query", "file_delete", "clipboard_change",
        "process_tampering", "file_delete_detected"};

    /** How many SigmaHQ Windows rules are loaded: the first 100 (by path) or all. */
    @Param({"100", "all"})
    public String rules;

    private SigmaEngine engine;
    private Event[] events;
    private int next;

    @Setup
    public void setUp() throws IOException {
        Path corpus = Path.of(System.getProperty("usiem.corpus", "../shared/corpus"));
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(corpus.resolve("sigma/rules/windows"))) {
            for (Path p : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".yml")).sorted()::iterator) {
                files.put(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        if (!rules.equals("all")) {
            int n = Integer.parseInt(rules);
            files.keySet().retainAll(new ArrayList<>(files.keySet()).subList(0, Math.min(n, files.size())));
        }
        engine = new SigmaEngine("windows", "informational");
        engine.putRules("bench", files);
        List<Event> list = new ArrayList<>();
        try (Stream<Path> s = Files.walk(corpus.resolve("windows/json"))) {
            for (Path p : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".json")).sorted()::iterator) {
                read(p, list);
            }
        }
        events = list.toArray(new Event[0]);
        System.out.println("# " + engine.summary() + "; " + events.length + " OTRF events");
    }

    @Benchmark
    public void detect(Blackhole bh) {
        Event e = events[next];
        next = next + 1 == events.length ? 0 : next + 1;
        engine.detect(e, bh::consume);
    }

    private static void read(Path file, List<Event> out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                Map<?, ?> m;
                try {
                    m = json.readValue(line, Map.class);
                } catch (IOException e) {
                    continue;
                }
                Object id = m.get("EventID");
                Object channel = m.get("Channel");
                if (id == null || channel == null) {
                    continue;
                }
                boolean sysmon = channel.toString().endsWith("Sysmon/Operational");
                int eventId = Integer.parseInt(id.toString());
                String category = sysmon && eventId < SYSMON.length ? SYSMON[eventId] : null;
                String service = sysmon ? "sysmon" : channel.toString().toLowerCase();
                EventBuilder b = Event.builder(line).logSource(LogSource.of("windows", service, category))
                        .set(Field.of("winlog.event_id", FieldType.KEYWORD), id.toString())
                        .set(Field.of("winlog.channel", FieldType.KEYWORD), channel.toString());
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    String k = e.getKey().toString();
                    if (!HEADER.contains(k) && (sysmon || !k.equals("EventType")) && e.getValue() != null
                            && !(e.getValue() instanceof Map) && !(e.getValue() instanceof List)) {
                        b.set(Field.of("winlog.event_data." + k, FieldType.KEYWORD), e.getValue().toString());
                    }
                }
                out.add(b.build());
            }
        }
    }
}
