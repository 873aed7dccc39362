package io.usiem.rules.sigma.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.usiem.api.alert.Alert;
import io.usiem.api.event.Event;
import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;
import io.usiem.api.event.LogSource;

import org.junit.jupiter.api.Test;

/** Correlation rules on event time: counts, distinct values, sums, temporal order, group-by, aliases, generate. */
class CorrelationTest {
    static final long T0 = 1_700_000_000_000_000_000L;
    static final long SECOND = 1_000_000_000L;
    static final String FAILED = "title: Failed logon\nid: failed-id\nname: failed_logon\nlogsource:\n  product: windows\n  service: security\n"
            + "detection:\n  sel:\n    EventID: 4625\n  condition: sel\n";
    static final String SUCCESS = "title: Logon\nid: success-id\nname: successful_logon\nlogsource:\n  product: windows\n  service: security\n"
            + "detection:\n  sel:\n    EventID: 4624\n  condition: sel\n";

    static Event logon(String id, String user, String ip, long t) {
        return Event.builder("raw").eventNanos(t).logSource(LogSource.of("windows", "security", null))
                .set(Field.of("winlog.event_id", FieldType.KEYWORD), id)
                .set(Field.of("winlog.event_data.TargetUserName", FieldType.KEYWORD), user)
                .set(Field.of("winlog.event_data.IpAddress", FieldType.KEYWORD), ip)
                .set(Field.of("winlog.event_data.Bytes", FieldType.KEYWORD), "100").build();
    }

    static List<Alert> run(String correlation, Event... events) {
        SigmaEngine engine = new SigmaEngine("windows", "low");
        engine.putRules("t", Map.of("failed.yml", FAILED, "success.yml", SUCCESS, "corr.yml", correlation));
        assertTrue(engine.rules().errors.isEmpty(), engine.rules().errors.toString());
        List<Alert> alerts = new ArrayList<>();
        for (Event e : events) {
            engine.detect(e, alerts::add);
        }
        return alerts;
    }

    static String corr(String type, String body) {
        return "title: Brute force\nid: corr-id\nlevel: high\ncorrelation:\n  type: " + type + "\n" + body;
    }

    @Test
    void eventCountPerGroupWithinTimespan() {
        String c = corr("event_count", "  rules: [failed_logon]\n  group-by: [TargetUserName]\n  timespan: 5m\n  condition:\n    gte: 3\n");
        List<Alert> alerts = run(c, logon("4625", "bob", "10.0.0.1", T0), logon("4625", "alice", "10.0.0.1", T0 + SECOND),
                logon("4625", "bob", "10.0.0.1", T0 + 60 * SECOND), logon("4625", "bob", "10.0.0.1", T0 + 120 * SECOND),
                logon("4625", "alice", "10.0.0.1", T0 + 130 * SECOND));
        assertEquals(1, alerts.size(), "the base rule is not alerted on its own (generate: false); one burst, one alert");
        assertEquals("corr-id", alerts.get(0).ruleId());
        assertEquals(Map.of("TargetUserName", "bob"), alerts.get(0).groupBy());
        assertEquals(3, alerts.get(0).events().size());
        assertEquals(0, run(c, logon("4625", "bob", "x", T0), logon("4625", "bob", "x", T0 + 200 * SECOND),
                logon("4625", "bob", "x", T0 + 400 * SECOND)).size(), "spread over more than the timespan");
    }

    @Test
    void generateKeepsTheBaseAlerts() {
        String c = corr("event_count", "  rules: [failed_logon]\n  group-by: [TargetUserName]\n  timespan: 5m\n  condition:\n    gte: 2\n") + "generate: true\n";
        assertEquals(3, run(c, logon("4625", "bob", "x", T0), logon("4625", "bob", "x", T0 + SECOND)).size());
    }

    @Test
    void valueCountValueSumAndRanges() {
        String vc = corr("value_count", "  rules: [failed-id]\n  group-by: [TargetUserName]\n  timespan: 1h\n  condition:\n    field: IpAddress\n    gte: 3\n");
        assertEquals(0, run(vc, logon("4625", "bob", "a", T0), logon("4625", "bob", "a", T0 + 1), logon("4625", "bob", "b", T0 + 2)).size());
        assertEquals(1, run(vc, logon("4625", "bob", "a", T0), logon("4625", "bob", "b", T0 + 1), logon("4625", "bob", "c", T0 + 2)).size());
        String sum = corr("value_sum", "  rules: [failed_logon]\n  group-by: [TargetUserName]\n  timespan: 1h\n  condition:\n    field: Bytes\n    gt: 250\n    lte: 300\n");
        assertEquals(1, run(sum, logon("4625", "bob", "a", T0), logon("4625", "bob", "a", T0 + 1), logon("4625", "bob", "a", T0 + 2)).size());
        String avg = corr("value_avg", "  rules: [failed_logon]\n  group-by: [TargetUserName]\n  timespan: 1h\n  condition:\n    field: Bytes\n    gt: 100\n");
        assertEquals(0, run(avg, logon("4625", "bob", "a", T0), logon("4625", "bob", "a", T0 + 1)).size());
    }

    @Test
    void temporalOrderedNeedsTheOrder() {
        String c = corr("temporal_ordered", "  rules: [failed_logon, successful_logon]\n  group-by: [TargetUserName]\n  timespan: 10m\n");
        assertEquals(1, run(c, logon("4625", "bob", "a", T0), logon("4624", "bob", "a", T0 + SECOND)).size());
        assertEquals(0, run(c, logon("4624", "bob", "a", T0), logon("4625", "bob", "a", T0 + SECOND)).size());
        String any = corr("temporal", "  rules: [failed_logon, successful_logon]\n  group-by: [TargetUserName]\n  timespan: 10m\n");
        assertEquals(1, run(any, logon("4624", "bob", "a", T0), logon("4625", "bob", "a", T0 + SECOND)).size());
        assertEquals(0, run(any, logon("4624", "bob", "a", T0), logon("4625", "eve", "a", T0 + SECOND)).size());
    }

    @Test
    void aliasesGroupDifferentFieldsTogether() {
        String c = corr("temporal", "  rules: [failed_logon, successful_logon]\n  group-by: [who]\n  timespan: 10m\n"
                + "  aliases:\n    who:\n      failed_logon: TargetUserName\n      successful_logon: IpAddress\n");
        assertEquals(1, run(c, logon("4625", "bob", "x", T0), logon("4624", "x", "bob", T0 + SECOND)).size());
    }

    @Test
    void rejectionsHaveReasons() {
        SigmaEngine engine = new SigmaEngine("windows", "low");
        engine.putRules("t", Map.of("failed.yml", FAILED,
                "a.yml", corr("value_percentile", "  rules: [failed_logon]\n  group-by: [x]\n  timespan: 1h\n  condition:\n    lte: 1\n"),
                "b.yml", corr("event_count", "  rules: [nope]\n  group-by: [x]\n  timespan: 1h\n  condition:\n    gte: 1\n").replace("corr-id", "b"),
                "c.yml", corr("event_count", "  rules: [failed_logon]\n  group-by: [x]\n  timespan: 1y\n  condition:\n    gte: 1\n").replace("corr-id", "c")));
        String errors = engine.rules().errors.toString();
        assertTrue(errors.contains("value_percentile needs condition.field"), errors);
        assertTrue(errors.contains("references rule 'nope'"), errors);
        assertTrue(errors.contains("bad timespan '1y'"), errors);
    }

    @Test
    void lateEventsCountWithinTheLateness() {
        String c = corr("event_count", "  rules: [failed_logon]\n  group-by: [TargetUserName]\n  timespan: 1m\n  condition:\n    gte: 2\n");
        assertEquals(1, run(c, logon("4625", "bob", "x", T0 + 100 * SECOND), logon("4625", "bob", "x", T0 + 90 * SECOND)).size(),
                "10 s out of order, within the window");
        assertEquals(0, run(c, logon("4625", "bob", "x", T0 + 300 * SECOND), logon("4625", "bob", "x", T0 + 100 * SECOND)).size(),
                "later than timespan + lateness: dropped");
    }
}
