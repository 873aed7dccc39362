package io.usiem.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.usiem.api.event.Event;
import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;
import io.usiem.parser.windows.internal.WindowsEventParserAccess;
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
 * Events per second per core of the Sigma engine with SigmaHQ Windows rules on the OTRF recordings, the
 * events made by the real Windows parser (as its shipped configuration builds it: the rendered Message
 * kept) from the OTRF JSON lines, the rules compiled through the shipped {@code windows} pipeline.
 * {@code rules}: 100 or 1000 rules taken at an even stride over all SigmaHQ {@code rules/windows} rules
 * sorted by path (so every category keeps its share), or all of them; all/100 is the cost growth.
 * {@code all-but-keywords}: all but "Mimikatz Use", the one rule with a field-less keyword search that applies to
 * every Windows event (it reads every value of every event), to show its share of the growth.
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
    /** How many SigmaHQ Windows rules are loaded: 100 or 1000 at an even stride by path, all, or all-but-keywords. */
    @Param({"100", "1000", "all"})
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
        engine = new SigmaEngine("windows", "informational");
        engine.putRules("bench", stride(files, rules));
        LogParser parser = WindowsEventParserAccess.utc();
        List<Event> list = new ArrayList<>();
        try (Stream<Path> s = Files.walk(corpus.resolve("windows/json"))) {
            for (Path p : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".json")).sorted()::iterator) {
                try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        ParseResult r = parser.parse(RawLog.of(line));
                        if (r.isParsed()) {
                            list.addAll(r.events());
                        }
                    }
                }
            }
        }
        if (list.isEmpty()) {
            throw new IllegalStateException("no OTRF events under " + corpus.resolve("windows/json"));
        }
        events = list.toArray(new Event[0]);
        // Per-logsource indexes are built on the first event of each logsource; build them all before measuring.
        for (Event e : events) {
            engine.detect(e, a -> { });
        }
        System.out.println("# " + engine.summary() + "; " + events.length + " OTRF events (real Windows parser)");
    }

    @Benchmark
    public void detect(Blackhole bh) {
        Event e = events[next];
        next = next + 1 == events.length ? 0 : next + 1;
        engine.detect(e, bh::consume);
    }

    /** @return all files, or n of them at an even stride over the sorted paths */
    static Map<String, String> stride(Map<String, String> files, String n) {
        if (n.equals("all")) {
            return files;
        }
        if (n.equals("all-but-keywords")) {
            Map<String, String> out = new TreeMap<>(files);
            out.keySet().removeIf(path -> path.endsWith("win_alert_mimikatz_keywords.yml"));
            return out;
        }
        int want = Math.min(Integer.parseInt(n), files.size());
        List<String> keys = new ArrayList<>(files.keySet());
        Map<String, String> out = new TreeMap<>();
        for (int i = 0; i < want; i++) {
            String k = keys.get((int) ((long) i * keys.size() / want));
            out.put(k, files.get(k));
        }
        return out;
    }
}
