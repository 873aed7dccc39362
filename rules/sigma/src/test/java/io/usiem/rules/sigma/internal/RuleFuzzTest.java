package io.usiem.rules.sigma.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Mutated SigmaHQ rules: every one loads or is rejected with a reason; no exception, no internal error. */
class RuleFuzzTest {
    private static final String[] INSERTS = {"|", "*", "?", "\\", ":", "'", "\"", "%", "(", ")", "|re", "|cidr", "|base64offset",
        "|windash", "|expand", "|fieldref", "|lt", "- ", "\n", "  ", "{", "[", "1 of ", "not ", "&", "!"};

    @Test
    void mutatedRulesNeverThrow() throws Exception {
        Assumptions.assumeTrue(SigmaHqCorpusTest.SIGMA.resolve("rules").toFile().isDirectory(), "SigmaHQ corpus absent");
        List<RuleText> rules = TestRules.readTree(SigmaHqCorpusTest.SIGMA, "rules/windows/process_creation");
        Random random = new Random(42);
        RuleLoader loader = new RuleLoader(BuiltinPipelines.load(BuiltinPipelines.ALL));
        int loaded = 0;
        int rejected = 0;
        for (int i = 0; i < 6000; i++) {
            RuleText base = rules.get(random.nextInt(rules.size()));
            String y = mutate(base.yaml(), random);
            RuleSet set = loader.load(List.of(new RuleText("fuzz", base.path(), y)));
            for (RuleError e : set.errors) {
                assertFalse(e.reason().startsWith("internal error"), e + "\n--- input ---\n" + y);
                assertFalse(e.reason().isBlank(), e.toString());
            }
            if (!set.rules.isEmpty()) {
                // what compiled must also evaluate without throwing
                Rules.matching(set, Rules.event("CommandLine", "x -enc y", "Image", "C:\\a\\b.exe"));
                loaded++;
            } else {
                rejected++;
            }
        }
        System.out.println("Rule fuzz: 6000 mutated rules, " + loaded + " loaded, " + rejected + " rejected with a reason");
    }

    private static String mutate(String y, Random r) {
        StringBuilder sb = new StringBuilder(y);
        int n = 1 + r.nextInt(4);
        for (int k = 0; k < n && sb.length() > 0; k++) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(4)) {
                case 0:
                    sb.setLength(at);
                    break;
                case 1:
                    sb.deleteCharAt(at);
                    break;
                case 2:
                    sb.insert(at, INSERTS[r.nextInt(INSERTS.length)]);
                    break;
                default:
                    sb.setCharAt(at, (char) (32 + r.nextInt(95)));
            }
        }
        return sb.toString();
    }
}
