package io.usiem.rules.sigma.internal;

import static io.usiem.rules.sigma.internal.CorrelationTest.SECOND;
import static io.usiem.rules.sigma.internal.CorrelationTest.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import io.usiem.api.kernel.DryRun;
import io.usiem.api.kernel.ParserStatus;
import io.usiem.api.kernel.Pipeline;
import io.usiem.api.kernel.PipelineStatus;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code siem:rule-test}: a detection engineer's correlation rule is run too, not silently left out. */
class RuleTestCommandTest {
    @TempDir
    Path dir;

    /** "4625 alice 10.0.0.9 3": a logon event id, user, address and second, as a parser would make it. */
    private static final Pipeline LOGONS = new Pipeline() {
        @Override
        public DryRun dryRun(RawLog raw) {
            String[] f = raw.message().split(" ");
            return new DryRun("logons", ParseResult.Kind.PARSED, null,
                    List.of(CorrelationTest.logon(f[0], f[1], f[2], T0 + Long.parseLong(f[3]) * SECOND)), List.of());
        }

        @Override
        public PipelineStatus status() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ParserStatus> parsers() {
            return List.of();
        }
    };

    @Test
    void correlationRulesInTheTestedFilesFireWithTheirGroup() throws Exception {
        Files.writeString(dir.resolve("brute.yml"), CorrelationTest.FAILED + "---\n"
                + "title: Logon brute force\nid: brute-id\ncorrelation:\n  type: event_count\n  rules:\n    - failed_logon\n"
                + "  group-by:\n    - TargetUserName\n  timespan: 5m\n  condition:\n    gte: 3\nlevel: high\n");
        Files.write(dir.resolve("logons.log"), List.of("4625 alice 10.0.0.9 1", "4625 bob 10.0.0.7 2", "4625 alice 10.0.0.9 3",
                "4625 alice 10.0.0.9 4", "4624 alice 10.0.0.9 5"));
        RuleTestCommand command = new RuleTestCommand();
        command.engine = new SigmaEngine("windows", "informational");
        command.pipeline = LOGONS;
        command.rules = dir.resolve("brute.yml").toString();
        command.file = dir.resolve("logons.log").toString();
        List<String> out = run(command);
        List<String> fired = out.stream().filter(l -> l.startsWith("{\"rule.id\":\"brute-id\"")).toList();
        assertEquals(1, fired.size(), String.join("\n", out));
        assertTrue(fired.get(0).contains("\"group_by\":{\"TargetUserName\":\"alice\"}"), fired.get(0));
        assertEquals(4, out.stream().filter(l -> l.startsWith("{\"rule.id\":\"failed-id\"")).count(), String.join("\n", out));
        assertTrue(out.contains("# 5 lines, 1 rules, 1 correlations"), String.join("\n", out));
        assertTrue(out.contains("# brute-id 1"), String.join("\n", out));
        assertTrue(out.contains("# failed-id 4"), String.join("\n", out));
    }

    private static List<String> run(RuleTestCommand command) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            command.execute();
        } finally {
            System.setOut(saved);
        }
        return Arrays.asList(buffer.toString(StandardCharsets.UTF_8).split("\n"));
    }
}
