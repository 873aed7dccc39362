package io.usiem.api.parser.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class LineMutatorTest {
    private static final String SEED = "a=1 b=2 c=3 d=4 e=5";

    private static List<String> mutations(LineMutator mutator, int n) {
        SplittableRandom random = new SplittableRandom(42L);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(mutator.mutate(SEED, random));
        }
        return out;
    }

    @Test
    void aSeedGivesTheSameMutations() {
        LineMutator mutator = LineMutator.of("=,").alsoInserting(LineMutator.runOf(",", " "));
        assertEquals(mutations(mutator, 1_000), mutations(mutator, 1_000));
    }

    @Test
    void everyKindShowsUp() {
        List<String> lines = mutations(LineMutator.of("#").hugeRunOf('9').alsoInserting(LineMutator.oneOf("{[", "]}")), 2_000);
        assertTrue(lines.stream().anyMatch(l -> l.length() < SEED.length() - 2), "truncation");
        assertTrue(lines.stream().anyMatch(l -> l.length() == SEED.length() && l.contains("#")), "replacement");
        assertTrue(lines.stream().anyMatch(l -> l.length() == SEED.length() + 1 && l.contains("#")), "insertion");
        assertTrue(lines.stream().anyMatch(l -> l.contains("9".repeat(1_000))), "huge run");
        assertTrue(lines.stream().anyMatch(l -> l.contains("{[") || l.contains("]}")), "extra insertion");
        assertTrue(lines.stream().anyMatch(l -> l.length() == SEED.length() - 1 && !l.contains("#")), "deletion");
    }

    @Test
    void theExtraKindChangesTheDraws() {
        // Six kinds instead of five: the same seed mutates differently, so a test keeps its own extra kind.
        assertNotEquals(mutations(LineMutator.of("="), 100), mutations(LineMutator.of("=").alsoInserting(r -> "|"), 100));
    }

    @Test
    void separatorRunsAreOneToAHundredLong() {
        SplittableRandom random = new SplittableRandom(7L);
        LineMutator.Insertion run = LineMutator.runOf(",");
        for (int i = 0; i < 1_000; i++) {
            String s = run.next(random);
            assertTrue(s.length() >= 1 && s.length() <= 100 && s.chars().allMatch(c -> c == ','), s);
        }
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> LineMutator.of(""));
        assertThrows(IllegalArgumentException.class, () -> LineMutator.of("=").maxEdits(0));
        assertThrows(IllegalArgumentException.class, () -> LineMutator.runOf());
    }
}
