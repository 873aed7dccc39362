package io.usiem.rules.sigma.internal;

import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.usiem.api.event.Event;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;


/**
 * Manual probe, not a test: thread CPU time per event for 100 / 1000 / all SigmaHQ Windows rules on the
 * OTRF events (real parser), and the rules costing most. Run its main with the test classpath from the
 * module directory; {@code -Dusiem.probe.only=100,all -Dusiem.probe.passes=10}; {@code -Dusiem.probe.exclude=<path part>}
 * drops rules; {@code -Dusiem.probe.scan=true} times the keyword scanners alone; {@code -Dusiem.probe.hints=<field>}
 * lists the index hints on a field; {@code -Dusiem.probe.hotonly=true} loops hot (for a profiler).
 */
final class CostProbe {
    private CostProbe() {
    }

    private static final long[] bits0 = new long[1];

    private static ThreadMXBean mx0() {
        return ManagementFactory.getThreadMXBean();
    }

    public static void main(String[] args) throws Exception {
        probe();
    }

    private static void probe() throws Exception {
        Path corpus = Path.of("../../../shared/corpus");
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(corpus.resolve("sigma/rules/windows"))) {
            for (Path p : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".yml")).sorted()::iterator) {
                files.put(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        var parser = io.usiem.parser.windows.internal.WindowsParserForTests.shipped();
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
        Event[] events = list.toArray(new Event[0]);
        if (Boolean.getBoolean("usiem.probe.scan")) {
            List<String> kw = List.of("dpapi::masterkey", "eo.oe.kiwi", "event::clear", "event::drop", "gentilkiwi.com", "kerberos::golden",
                    "kerberos::ptc", "kerberos::ptt", "kerberos::tgt", "kiwi legit printer", "lsadump::", "mimidrv.sys", "\\mimilib.dll",
                    "misc::printnightmare", "misc::shadowcopies", "misc::skeleton", "privilege::backup", "privilege::debug",
                    "privilege::driver", "sekurlsa::");
            int[][] own = new int[kw.size()][];
            for (int i = 0; i < own.length; i++) {
                own[i] = new int[] {i};
            }
            PatternScanner[] scanners = {new SkipScanner(kw, own), new AhoCorasick(kw, own), null};
            StringBuilder sample = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                EventView v = new EventView(events[i * 37 % events.length], new io.usiem.api.event.Field[0]);
                v.forEachValue(false, x -> sample.append(x).append(' '));
            }
            String text = sample.toString();
            long total = 0, dupEq = 0, dupId = 0, sub = 0;
            for (Event e : events) {
                List<String> vals = new ArrayList<>();
                new EventView(e, new io.usiem.api.event.Field[0]).forEachValue(false, vals::add);
                java.util.Set<String> seen = new java.util.HashSet<>();
                java.util.Set<String> ids = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                for (String x : vals) {
                    total += x.length();
                    if (!seen.add(x)) {
                        dupEq += x.length();
                    }
                    if (!ids.add(x)) {
                        dupId += x.length();
                    }
                }
                String msg = e.getText(io.usiem.api.event.Fields.MESSAGE);
                if (msg != null) {
                    for (String x : vals) {
                        if (x != msg && x.length() >= 9 && msg.contains(x)) {
                            sub += x.length();
                        }
                    }
                }
            }
            System.out.printf("PROBE dup chars/event total %.0f equal-dup %.0f identity-dup %.0f inside-message %.0f%n", total / (double) events.length,
                    dupEq / (double) events.length, dupId / (double) events.length, sub / (double) events.length);
            System.out.printf("PROBE sample %d chars, latin1=%s%n", text.length(), text.chars().allMatch(c -> c < 256));
            for (PatternScanner sc : new PatternScanner[] {scanners[0], scanners[1]}) {
                for (int rep = 0; rep < 5; rep++) {
                    long t0 = mx0().getCurrentThreadCpuTime();
                    for (int k = 0; k < 200; k++) {
                        sc.mark(text, bits0);
                    }
                    System.out.printf("PROBE hot %s %.2f ns/char%n", sc.getClass().getSimpleName(),
                            (mx0().getCurrentThreadCpuTime() - t0) / 200.0 / text.length());
                }
            }
            long[] bits = new long[1];
            long[] chars = new long[1];
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            for (PatternScanner sc : scanners) {
                for (int rep = 0; rep < 3; rep++) {
                    long t0 = mx.getCurrentThreadCpuTime();
                    for (int pass = 0; pass < 10; pass++) {
                        for (Event e : events) {
                            EventView v = new EventView(e, new io.usiem.api.event.Field[0]);
                            v.forEachValue(false, sc == null ? x -> chars[0] += x.length() : x -> sc.mark(x, bits));
                        }
                    }
                    System.out.printf("PROBE scan %s %.0f ns/event%n", sc == null ? "visit-only" : sc.getClass().getSimpleName(),
                            (mx.getCurrentThreadCpuTime() - t0) / 10.0 / events.length);
                }
            }
            return;
        }
        if (System.getProperty("usiem.probe.hints") != null) {
            String field = System.getProperty("usiem.probe.hints");
            SigmaEngine engine = new SigmaEngine("windows", "informational");
            engine.putRules("b", files);
            RuleSet set = engine.rules();
            for (CompiledRule r : set.rules) {
                List<Prefilter.Hint> hints = Prefilter.necessary(r.expr);
                if (hints != null) {
                    for (Prefilter.Hint h : hints) {
                        if (h.slot() >= 0 && set.fields[h.slot()].name().endsWith(field)) {
                            System.out.printf("PROBE hint %s %s '%s' %s%n", r.id(), h.kind(), h.text(), r.doc.title());
                        }
                    }
                }
            }
            return;
        }
        String only = System.getProperty("usiem.probe.only", "100,1000,all");
        int passes = Integer.getInteger("usiem.probe.passes", 10);
        for (String n : only.split(",")) {
            Map<String, String> chosen = new TreeMap<>(choose(files, n));
            String exclude = System.getProperty("usiem.probe.exclude");
            if (exclude != null) {
                chosen.keySet().removeIf(k -> k.contains(exclude));
            }
            SigmaEngine engine = new SigmaEngine("windows", "informational");
            engine.putRules("b", chosen);
            long[] hits = new long[1];
            for (int w = 0; w < 5; w++) {
                for (Event e : events) {
                    engine.detect(e, a -> hits[0]++);
                }
            }
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            if (Boolean.getBoolean("usiem.probe.hotonly")) {
                for (int w = 0; w < passes; w++) {
                    for (int i = 0; i < events.length; i += 8) {
                        int end = Math.min(events.length, i + 8);
                        for (int rep = 0; rep < 8; rep++) {
                            for (int j = i; j < end; j++) {
                                engine.detect(events[j], x -> hits[0]++);
                            }
                        }
                    }
                }
                return;
            }
            long t0 = mx.getCurrentThreadCpuTime();
            for (int w = 0; w < passes; w++) {
                for (Event e : events) {
                    engine.detect(e, a -> hits[0]++);
                }
            }
            long ns = mx.getCurrentThreadCpuTime() - t0;
            long evals = 0;
            for (CompiledRule r : engine.rules().rules) {
                evals += r.evaluations.sum();
            }
            // Hot: each block of 8 events detected twice; the second pass finds the events in cache, as the
            // pipeline does right after parsing. Hot cost = twice - once.
            long once = 0;
            long twice = 0;
            for (int w = 0; w < passes; w++) {
                long a = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < events.length; i++) {
                    engine.detect(events[i], x -> hits[0]++);
                }
                long b = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < events.length; i += 8) {
                    int end = Math.min(events.length, i + 8);
                    for (int j = i; j < end; j++) {
                        engine.detect(events[j], x -> hits[0]++);
                    }
                    for (int j = i; j < end; j++) {
                        engine.detect(events[j], x -> hits[0]++);
                    }
                }
                long c = mx.getCurrentThreadCpuTime();
                once += b - a;
                twice += c - b;
            }
            System.out.printf("PROBE rules=%s hot (in cache) cpu/event=%.0f ns%n", n, (twice - once) / (double) passes / events.length);
            double per = ns / (double) passes / events.length;
            for (CompiledRule r : engine.rules().rules) {
                r.evaluations.reset();
                r.nanos.reset();
            }
            RuleSet set = engine.rules();
            for (int w = 0; w < 3; w++) {
                for (Event e : events) {
                    set.bucket(e.logSource()).evaluate(set.threadView(e), true, r -> { });
                }
            }
            engine.rules().rules.stream().sorted((a, b) -> Long.compare(b.nanos.sum(), a.nanos.sum())).limit(25)
                    .forEach(r -> System.out.printf("PROBE eval %8d match %6d nanos~%6d %s %s%n", r.evaluations.sum(), r.matches.sum(),
                            r.nanos.sum() / Math.max(1, r.evaluations.sum()), r.id(), r.doc.title()));
            System.out.printf("PROBE eval total ns/event %.0f%n", set.rules.stream().mapToLong(r -> r.nanos.sum()).sum() / 3.0 / events.length);
            System.out.printf("PROBE rules=%s (%s) events=%d cpu/event=%.0f ns -> %.0f ev/s; evaluations/event=%.1f%n", n, engine.summary(),
                    events.length, per, 1e9 / per, evals / (double) passes / events.length);
        }
    }

    /** 100 or 1000: an even stride over the rules sorted by path (every category in proportion); all: all. */
    static Map<String, String> choose(Map<String, String> files, String n) {
        if (n.equals("all")) {
            return files;
        }
        int want = Integer.parseInt(n);
        List<String> keys = new ArrayList<>(files.keySet());
        Map<String, String> out = new TreeMap<>();
        for (int i = 0; i < want; i++) {
            String k = keys.get((int) ((long) i * keys.size() / want));
            out.put(k, files.get(k));
        }
        return out;
    }
}
