package io.usiem.rules.sigma.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.usiem.api.event.Event;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The index must never lose a match: on every OTRF event (as the shipped Windows parser makes it, the
 * rendered Message kept, so keyword scans read it too), the rules the indexed evaluation reports through
 * the engine's reused view are exactly those found by evaluating every routed rule on a fresh view
 * without the prefilter.
 */
class PrefilterSoundnessTest {
    @Test
    void indexedEvaluationEqualsBruteForce() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(OtrfDetectionTest.DATA) && Files.isDirectory(SigmaHqCorpusTest.SIGMA.resolve("rules")),
                "OTRF or SigmaHQ corpus absent");
        RuleSet set = new RuleLoader(BuiltinPipelines.load(BuiltinPipelines.ALL)).load(TestRules.readTree(SigmaHqCorpusTest.SIGMA,
                "rules", "rules-emerging-threats", "rules-threat-hunting"));
        List<Event> events = new ArrayList<>();
        try (Stream<Path> s = Files.walk(OtrfDetectionTest.DATA)) {
            for (Path p : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".json")).sorted()::iterator) {
                events.addAll(OtrfEvents.readShipped(p));
            }
        }
        long matches = 0;
        for (Event e : events) {
            Set<String> indexed = new TreeSet<>();
            // The engine's reused per-thread view: nothing read from the previous event may leak into this one.
            EventView reused = set.threadView(e);
            set.bucket(e.logSource()).evaluate(reused, false, r -> indexed.add(r.id()));
            reused.release();
            Set<String> brute = new TreeSet<>();
            EventView view = set.view(e);
            for (CompiledRule r : set.rules) {
                if (RuleSet.applies(r.doc.logsource(), e.logSource()) && r.expr.eval(view)) {
                    brute.add(r.id());
                }
            }
            assertEquals(brute, indexed, "event " + e.raw());
            matches += brute.size();
        }
        System.out.println("Prefilter soundness: " + events.size() + " events, " + matches + " matches, identical with and without the index");
    }

    /** "Image starts with C:\\Windows\\" is in nearly every event: the rule's other conjunct must be found too. */
    @Test
    void aRuleWithTwoHintedConjunctsIsEvaluatedOnlyWhereBothAreFound() {
        RuleSet s = Rules.compile("sel:\n  Image|startswith: 'C:\\Windows\\'\n  ImageLoaded|startswith:\n    - 'C:\\Users\\Public\\'\n"
                + "    - 'C:\\PerfLogs\\'\ncondition: sel");
        CompiledRule r = s.rules.get(0);
        assertEquals(2, Prefilter.groups(r.expr).size());
        assertEquals(List.of("r1"), Rules.matching(s, Rules.event("Image", "C:\\Windows\\System32\\rundll32.exe", "ImageLoaded",
                "c:\\users\\public\\x.dll")));
        long evaluated = r.evaluations.sum();
        assertEquals(List.of(), Rules.matching(s, Rules.event("Image", "C:\\Windows\\System32\\rundll32.exe", "ImageLoaded",
                "C:\\Windows\\System32\\ntdll.dll")));
        assertEquals(List.of(), Rules.matching(s, Rules.event("Image", "C:\\Tools\\x.exe", "ImageLoaded", "C:\\PerfLogs\\x.dll")));
        assertEquals(evaluated, r.evaluations.sum(), "not evaluated where only one conjunct's hint is found");
    }
}
