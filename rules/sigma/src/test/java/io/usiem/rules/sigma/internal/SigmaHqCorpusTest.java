package io.usiem.rules.sigma.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Loads every SigmaHQ rule of the corpus: at least 99% compile, each rejection has a precise reason. */
class SigmaHqCorpusTest {
    static final Path SIGMA = Path.of("../../../shared/corpus/sigma");

    @Test
    void allCorpusRulesLoad() throws IOException {
        Assumptions.assumeTrue(SIGMA.resolve("rules").toFile().isDirectory(), "SigmaHQ corpus absent: " + SIGMA.toAbsolutePath());
        List<RuleText> files = TestRules.readTree(SIGMA, "rules", "rules-emerging-threats", "rules-threat-hunting",
                "rules-placeholder", "rules-compliance");
        RuleSet set = new RuleLoader(BuiltinPipelines.load(BuiltinPipelines.ALL)).load(files);
        int total = set.rules.size() + set.errors.size();
        Map<String, Integer> reasons = new TreeMap<>();
        for (RuleError e : set.errors) {
            assertFalse(e.reason().isBlank(), e.toString());
            assertFalse(e.reason().startsWith("internal error"), e.toString());
            reasons.merge(e.reason().replaceAll("'[^']*'", "'…'").replaceAll("%[^%]*%", "%…%"), 1, Integer::sum);
        }
        System.out.println("SigmaHQ corpus: " + files.size() + " files, " + set.rules.size() + " rules compiled, "
                + set.errors.size() + " rejected");
        reasons.forEach((r, n) -> System.out.println("  " + n + " x " + r));
        set.errors.stream().limit(40).forEach(e -> System.out.println("  " + e));
        assertTrue(total >= 3700, "expected the 3,780 corpus rules, saw " + total);
        assertTrue(set.rules.size() >= 0.99 * total, set.rules.size() + " of " + total + " compiled");
    }
}
