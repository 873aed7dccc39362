package io.usiem.rules.sigma.internal;

import static io.usiem.rules.sigma.internal.Rules.error;
import static io.usiem.rules.sigma.internal.Rules.matches;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Condition forms and the spec's precedence: or < and < not < x of < parentheses. */
class ConditionTest {
    private static final String IDS = "a:\n  A: 1\nb:\n  B: 1\nc:\n  C: 1\n";

    @Test
    void andOrNotParentheses() {
        assertTrue(matches(IDS + "condition: a and b", "A", "1", "B", "1"));
        assertFalse(matches(IDS + "condition: a and b", "A", "1"));
        assertTrue(matches(IDS + "condition: a or b", "B", "1"));
        assertTrue(matches(IDS + "condition: a and not b", "A", "1"));
        assertFalse(matches(IDS + "condition: a and not b", "A", "1", "B", "1"));
        assertTrue(matches(IDS + "condition: a and (b or c)", "A", "1", "C", "1"));
        assertFalse(matches(IDS + "condition: a and (b or c)", "C", "1"));
        assertTrue(matches(IDS + "condition: not not a", "A", "1"));
    }

    @Test
    void precedenceAndBindsTighterThanOr() {
        // a or b and c == a or (b and c)
        assertTrue(matches(IDS + "condition: a or b and c", "A", "1"));
        assertFalse(matches(IDS + "condition: a or b and c", "B", "1"));
        // not binds tighter than and: not a and b == (not a) and b
        assertTrue(matches(IDS + "condition: not a and b", "B", "1"));
        assertFalse(matches(IDS + "condition: not a and b", "A", "1", "B", "1"));
    }

    @Test
    void quantifiers() {
        String ids = "selection_1:\n  A: 1\nselection_2:\n  B: 1\nfilter_x:\n  C: 1\n_hidden:\n  D: 1\n";
        assertTrue(matches(ids + "condition: 1 of selection_*", "B", "1"));
        assertFalse(matches(ids + "condition: all of selection_*", "B", "1"));
        assertTrue(matches(ids + "condition: all of selection_*", "A", "1", "B", "1"));
        assertTrue(matches(ids + "condition: 1 of selection_* and not 1 of filter_*", "A", "1"));
        assertFalse(matches(ids + "condition: 1 of selection_* and not 1 of filter_*", "A", "1", "C", "1"));
        assertTrue(matches(ids + "condition: 1 of them", "C", "1"));
        assertFalse(matches(ids + "condition: 1 of them", "D", "1"), "them excludes identifiers starting with _");
        assertTrue(matches(ids + "condition: all of them", "A", "1", "B", "1", "C", "1"), "_hidden is not part of them");
        assertFalse(matches(ids + "condition: all of them", "A", "1", "B", "1"));
        assertTrue(matches(ids + "condition: any of selection_*", "A", "1"));
        assertTrue(matches(ids + "condition: 2 of them", "A", "1", "C", "1"));
        assertFalse(matches(ids + "condition: 2 of them", "A", "1"));
        // x of binds tighter than not
        assertTrue(matches(ids + "condition: not 1 of filter_*", "A", "1"));
    }

    @Test
    void listConditionIsOr() {
        assertTrue(matches(IDS + "condition:\n  - a and b\n  - c", "C", "1"));
        assertFalse(matches(IDS + "condition:\n  - a and b\n  - c", "A", "1"));
    }

    @Test
    void errorsArePrecise() {
        assertTrue(error(IDS + "condition: a and d").contains("unknown search identifier 'd'"));
        assertTrue(error(IDS + "condition: a and").contains("ends too early"));
        assertTrue(error(IDS + "condition: (a and b").contains("missing ')'"));
        assertTrue(error(IDS + "condition: 1 of x*").contains("matches no search identifier"));
        assertTrue(error(IDS + "condition: a | count() > 5").contains("aggregation"));
        assertTrue(error("a:\n  A: 1\n").contains("missing condition"));
    }
}
