package io.usiem.rules.sigma.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;

import io.usiem.api.event.Event;
import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import org.junit.jupiter.api.Assumptions;

/**
 * What the detection tests share: SigmaHQ's rules of some folders compiled with the shipped pipelines, a line through
 * real parsers (the first that parses it, as the kernel tries them), and the rules that fire on its events.
 */
final class Detections {
    private Detections() {
    }

    /**
     * @param dirs folders of the SigmaHQ corpus ({@code rules/web}, {@code rules-emerging-threats}...)
     * @return their rules compiled with every shipped pipeline; the test is skipped when the corpus is absent
     */
    static RuleSet sigmaHq(String... dirs) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SigmaHqCorpusTest.SIGMA.resolve("rules")), "SigmaHQ corpus absent");
        return new RuleLoader(BuiltinPipelines.load(BuiltinPipelines.ALL)).load(TestRules.readTree(SigmaHqCorpusTest.SIGMA, dirs));
    }

    /** @return the parsed result of the first parser that parses the line (the line must parse) */
    static ParseResult parse(String line, LogParser... parsers) {
        ParseResult r = null;
        for (LogParser p : parsers) {
            r = p.parse(RawLog.of(line));
            if (r.isParsed()) {
                return r;
            }
        }
        assertTrue(false, r + ": " + line);
        return r;
    }

    /** @return "id title" of every rule that fires on the result's events */
    static Set<String> fired(RuleSet rules, ParseResult r) {
        Set<String> fired = new TreeSet<>();
        for (Event e : r.events()) {
            rules.bucket(e.logSource()).evaluate(rules.view(e), false, rule -> fired.add(rule.id() + " " + rule.doc.title()));
        }
        return fired;
    }

    /** Asserts that the rule fires on the line, read by the first of the parsers that parses it. */
    static void assertFires(RuleSet rules, String line, String ruleId, String what, LogParser... parsers) {
        ParseResult r = parse(line, parsers);
        Set<String> fired = fired(rules, r);
        assertTrue(fired.stream().anyMatch(f -> f.startsWith(ruleId)), what + ": fired " + fired + " on " + r.events());
    }
}
