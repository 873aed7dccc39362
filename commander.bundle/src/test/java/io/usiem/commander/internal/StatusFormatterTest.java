package io.usiem.commander.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.input.InputStats;
import io.usiem.api.kernel.JournalStatus;
import io.usiem.api.kernel.ParserStatus;
import io.usiem.api.kernel.PipelineStatus;
import io.usiem.api.kernel.StageStatus;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StatusFormatterTest {
    @Test
    void statusShowsStagesDropsErrorsAndInputs() {
        PipelineStatus s = new PipelineStatus(12, 11, 9, 2, 3.5,
                List.of(new StageStatus("parse", 5, 8192, 2, 1, 4, 12, 3.5)),
                Map.of("no_sink", 11L), Map.of("enricher_failed:geoip", 1L), List.of(), List.of(), List.of(), 0,
                List.of(InputStats.builder("syslog-udp-5514", "syslog-udp").received(7).bytes(700).dropped("pipeline_full", 2L).build()),
                new JournalStatus(4096, 0, 90, 100, 100, "interval"));
        String out = StatusFormatter.status(s);
        assertTrue(out.contains("Journal: 4096 bytes, fsync interval; positions 0..100, commit point 90 (oldest unacknowledged "
                + "line), commit lag 10, durable to 100"), out);
        assertTrue(out.startsWith("Pipeline: accepted 12, parsed 9, unparsed 2, completed 11, alerts 0, 3.5 events/s"), out);
        assertTrue(out.matches("(?s).*parse\\s+5/8192\\s+2\\s+1-4\\s+12\\s+3\\.5.*"), out);
        assertTrue(out.matches("(?s).*Dropped:\\s+no_sink\\s+11.*"), out);
        assertTrue(out.matches("(?s).*Errors:\\s+enricher_failed:geoip\\s+1.*"), out);
        assertTrue(out.matches("(?s).*syslog-udp-5514\\s+syslog-udp\\s+received 7, bytes 700.*dropped pipeline_full\\s+2.*"), out);
        assertTrue(out.contains("Sinks: none"), out);

        PipelineStatus withOddName = new PipelineStatus(12, 11, 9, 2, 3.5, s.stages(), s.dropped(), s.errors(), List.of(),
                List.of(), List.of(), 0, List.of(InputStats.builder("in\"1", "syslog-udp").received(7).bytes(700).build()),
                new JournalStatus(4096, 0, 90, 100, 100, "interval"));
        String json = StatusFormatter.statusJson(withOddName);
        assertEquals("{\"accepted\":12,\"parsed\":9,\"unparsed\":2,\"completed\":11,\"alerts\":0,\"events_per_second\":3.5,"
                + "\"stages\":[{\"name\":\"parse\",\"queue\":5,\"capacity\":8192,\"workers\":2,\"min_workers\":1,"
                + "\"max_workers\":4,\"processed\":12,\"per_second\":3.5}],\"dropped\":{\"no_sink\":11},"
                + "\"errors\":{\"enricher_failed:geoip\":1},\"journal\":{\"size_bytes\":4096,\"first_position\":0,"
                + "\"commit_point\":90,\"appended_position\":100,\"durable_position\":100,\"commit_lag\":10,"
                + "\"fsync\":\"interval\"},\"inputs\":[{\"name\":\"in\\\"1\",\"type\":\"syslog-udp\","
                + "\"received\":7,\"bytes\":700,\"connections\":0,\"dropped\":{}}],\"enrichers\":[],\"sinks\":[],\"detectors\":[]}",
                json);
    }

    @Test
    void parsersTableAndEmptyHint() {
        assertTrue(StatusFormatter.parsers(List.of()).contains("feature:install usiem-parser-syslog"));
        String out = StatusFormatter.parsers(List.of(new ParserStatus("generic-syslog", "generic", "syslog",
                "io.usiem.parser.syslog", "0.1.0", List.of("syslog", "kv"), 10, 2, 1, 0, 0, 3, 1, true)));
        assertTrue(out.matches("(?s).*generic-syslog\\s+0\\.1\\.0\\s+io\\.usiem\\.parser\\.syslog\\s+syslog,kv\\s+10\\s+2\\s+1\\s+0\\s+0\\s+3\\s+1 QUARANTINED.*"), out);
    }
}
