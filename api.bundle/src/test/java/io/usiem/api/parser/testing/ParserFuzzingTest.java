package io.usiem.api.parser.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ParserFuzzingTest {
    private static final List<String> SEEDS = List.of("a=1 b=2", "c=3 d=4 e=5");

    private static ParserFuzzing run() {
        return ParserFuzzing.of(SEEDS, LineMutator.of("=#"), 1L).mutations(5_000);
    }

    @Test
    void countsEveryKind() {
        ParserFuzzing.Counts counts = run().keepsRaw().run(new StubParser("\u0000never"));
        assertEquals(5_000, counts.total());
        assertEquals(counts.total(), counts.parsed() + counts.formatErrors() + counts.notMine() + counts.discarded());
        assertTrue(counts.parsed() > 1_000, counts.toString());
        assertTrue(counts.notMine() > 100, counts.toString());
        assertTrue(counts.formatErrors() > 0, counts.toString());
    }

    @Test
    void anEscapingExceptionFailsTheRunNamingTheMutatedLine() {
        // The trap is an inserted '#' right after "a": only some mutations make it.
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> run().run(new StubParser("a#")));
        assertTrue(e.getMessage().contains("IllegalStateException: planted bug"), e.getMessage());
        assertTrue(e.getMessage().matches("(?s).*mutation \\d+ of seed 0 \\(random seed 1\\): .*a#.*"), e.getMessage());
        assertEquals("planted bug", e.getCause().getMessage());
    }

    @Test
    void aHugeLineIsQuotedByItsEnds() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> ParserFuzzing.of(List.of("y".repeat(50_000) + "a"), LineMutator.of("#"), 1L).unmutatedOneIn(1)
                        .run(new StubParser("a")));
        assertTrue(e.getMessage().contains("[... 48001 chars ...]"), e.getMessage().substring(0, 200));
        assertTrue(e.getMessage().length() < 2_500, "message length " + e.getMessage().length());
    }

    @Test
    void aNullResultFails() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> run().run((i, line) -> null));
        assertTrue(e.getMessage().startsWith("null result on mutation 0"), e.getMessage());
    }

    @Test
    void aLostRawFailsWhenKeepingItIsAsked() {
        StubParser stub = new StubParser("\u0000never");
        ParserFuzzing.Counts counts = run().run((i, line) -> stub.parse(RawLog.of(line + " ")));
        assertTrue(counts.parsed() > 0);
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> run().keepsRaw().run((i, line) -> stub.parse(RawLog.of(line + " "))));
        assertTrue(e.getMessage().startsWith("raw not kept on mutation"), e.getMessage());
    }

    @Test
    void theTestsOwnCheckRunsOnEveryResult() {
        int[] seen = new int[1];
        run().check((line, r) -> seen[0]++).run(new StubParser("\u0000never"));
        assertEquals(5_000, seen[0]);
        assertThrows(AssertionFailedError.class, () -> run().check((line, r) -> assertTrue(r.kind() != ParseResult.Kind.NOT_MINE, line))
                .run(new StubParser("\u0000never")));
    }

    @Test
    void unmutatedSeedsPassThroughAsTheyAre() {
        int[] asIs = new int[1];
        ParserFuzzing.of(SEEDS, LineMutator.of("="), 3L).mutations(1_000).unmutatedOneIn(4)
                .run((i, line) -> {
                    if (SEEDS.contains(line)) {
                        asIs[0]++;
                    }
                    return ParseResult.notMine();
                });
        assertTrue(asIs[0] > 150 && asIs[0] < 350, "about a quarter: " + asIs[0]);
    }
}
