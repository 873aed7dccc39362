package io.usiem.commander.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.usiem.api.search.Aggregation;
import io.usiem.api.search.AggregationResult;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What the search commands print: a caret under a syntax error, the top-N table. */
class SearchCommandsTest {
    @Test
    void syntaxErrorsPointAtThePosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimeWindowCommand.parse("a:1 AND"));
        String nl = System.lineSeparator();
        assertEquals("operator AND without a term after it at position 4" + nl + "  a:1 AND" + nl + "      ^", e.getMessage());
    }

    @Test
    void alertLine() {
        io.usiem.api.alert.Alert a = io.usiem.api.alert.Alert.builder("ssh-brute").title("SSH brute force")
                .severity(io.usiem.api.alert.Severity.HIGH).createdNanos(1_764_410_400_000_000_000L).groupBy("source.ip", "10.0.0.1")
                .build();
        assertEquals("2025-11-29T10:00:00Z  high  ssh-brute  SSH brute force  (0 events, {source.ip=10.0.0.1})", AlertsCommand.line(a));
    }

    @Test
    void topTable() {
        AggregationResult r = AggregationResult.of(Aggregation.terms("source.ip", 2), 120,
                List.of(new AggregationResult.Bucket("10.0.0.1", 100), new AggregationResult.Bucket("10.0.0.2", 15)), 5);
        String nl = System.lineSeparator();
        assertEquals("  100  10.0.0.1" + nl + "   15  10.0.0.2" + nl + "# 120 events matched, 5 more values outside the top 2" + nl,
                TopCommand.top(r));
    }
}
