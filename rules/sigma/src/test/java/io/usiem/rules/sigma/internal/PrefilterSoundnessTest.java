package io.usiem.rules.sigma.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /**
     * OTRF has few matching events; here every SigmaHQ rule gets an event made from its own literals (every
     * conjunct, one branch of each disjunction, negations left out), so most rules match their event: the
     * indexed evaluation must still equal brute force over every routed rule on each of them.
     */
    @Test
    void eventsMadeFromEachRulesLiteralsFindTheSameRulesWithAndWithoutTheIndex() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SigmaHqCorpusTest.SIGMA.resolve("rules")), "SigmaHQ corpus absent");
        RuleSet set = new RuleLoader(BuiltinPipelines.load(BuiltinPipelines.ALL)).load(TestRules.readTree(SigmaHqCorpusTest.SIGMA,
                "rules", "rules-emerging-threats", "rules-threat-hunting"));
        java.util.Random rnd = new java.util.Random(7);
        int selfMatches = 0;
        for (CompiledRule r : set.rules) {
            Map<io.usiem.api.event.Field, String> values = new java.util.LinkedHashMap<>();
            literals(r.expr, set.fields, values, rnd);
            Map<String, String> ls = r.doc.logsource();
            if (values.isEmpty() || (ls.get("product") == null && ls.get("category") == null && ls.get("service") == null)) {
                continue;
            }
            io.usiem.api.event.EventBuilder b = Event.builder("synthetic event of " + r.id())
                    .logSource(io.usiem.api.event.LogSource.of(ls.get("product"), ls.get("service"), ls.get("category")));
            values.forEach((f, v) -> set(b, f, v));
            Event e = b.build();
            Set<String> indexed = new TreeSet<>();
            set.bucket(e.logSource()).evaluate(set.view(e), false, x -> indexed.add(x.id()));
            Set<String> brute = new TreeSet<>();
            EventView view = set.view(e);
            for (CompiledRule x : set.rules) {
                if (RuleSet.applies(x.doc.logsource(), e.logSource()) && x.expr.eval(view)) {
                    brute.add(x.id());
                }
            }
            assertEquals(brute, indexed, "event " + values + " of rule " + r.id());
            selfMatches += brute.contains(r.id()) ? 1 : 0;
        }
        System.out.println("Prefilter soundness: " + selfMatches + " of " + set.rules.size() + " rules match the event made from their literals");
        assertTrue(selfMatches > set.rules.size() / 3, "most rules match their own event: " + selfMatches);
    }

    /** Values that satisfy the positive parts of an expression where its tests have literals (message for keywords). */
    /** Sets a value as the field's type takes it; a value the type cannot hold (text in a number field) is left out. */
    private static void set(io.usiem.api.event.EventBuilder b, io.usiem.api.event.Field f, String v) {
        switch (f.type()) {
            case KEYWORD:
            case TEXT:
                b.set(f, v);
                break;
            case KEYWORD_LIST:
                b.set(f, List.of(v));
                break;
            case LONG:
                if (v.matches("-?\\d{1,18}")) {
                    b.set(f, Long.parseLong(v));
                }
                break;
            case IP:
                io.usiem.api.event.IpAddress ip = io.usiem.api.event.IpAddress.tryParse(v);
                if (ip != null) {
                    b.set(f, ip);
                }
                break;
            default:
                break;
        }
    }

    private static void literals(Expr e, io.usiem.api.event.Field[] fields, Map<io.usiem.api.event.Field, String> out, java.util.Random rnd) {
        if (e instanceof Expr.And) {
            for (Expr p : ((Expr.And) e).parts) {
                literals(p, fields, out, rnd);
            }
        } else if (e instanceof Expr.Or) {
            Expr[] parts = ((Expr.Or) e).parts;
            literals(parts[rnd.nextInt(parts.length)], fields, out, rnd);
        } else if (e instanceof ConditionCompiler.AtLeast) {
            for (Expr p : ((ConditionCompiler.AtLeast) e).parts) {
                literals(p, fields, out, rnd);
            }
        } else if (e instanceof FieldExpr && !((FieldExpr) e).negate) {
            FieldExpr f = (FieldExpr) e;
            ValueTest t = f.tests[rnd.nextInt(f.tests.length)];
            String v = valueFor(t, rnd);
            if (v != null && f.slots.length > 0) {
                out.put(fields[f.slots[rnd.nextInt(f.slots.length)]], v);
            }
        } else if (e instanceof KeywordExpr) {
            KeywordExpr k = (KeywordExpr) e;
            String v = valueFor(k.tests[rnd.nextInt(k.tests.length)], rnd);
            if (v != null) {
                out.merge(io.usiem.api.event.Fields.MESSAGE, v, (a, b) -> a + " " + b);
            }
        }
    }

    private static String valueFor(ValueTest t, java.util.Random rnd) {
        List<String> lits = t.literals();
        if (lits == null || lits.isEmpty()) {
            return null;
        }
        String lit = lits.get(rnd.nextInt(lits.size()));
        // Mixed case: matching is case-insensitive unless cased, and the scanners fold as they read.
        String cased = rnd.nextBoolean() ? lit.toUpperCase(java.util.Locale.ROOT) : lit;
        switch (t.literalKind()) {
            case EXACT:
                return cased;
            case PREFIX:
                return cased + " tail";
            case SUFFIX:
                return "C:\\x\\" + cased;
            default:
                return "head " + cased + " tail";
        }
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
