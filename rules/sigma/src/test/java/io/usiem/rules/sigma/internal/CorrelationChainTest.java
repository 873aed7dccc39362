package io.usiem.rules.sigma.internal;

import static io.usiem.rules.sigma.internal.CorrelationTest.SECOND;
import static io.usiem.rules.sigma.internal.CorrelationTest.T0;
import static io.usiem.rules.sigma.internal.CorrelationTest.logon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.usiem.api.alert.Alert;
import io.usiem.api.event.Event;

import org.junit.jupiter.api.Test;

/**
 * value_percentile, correlation chains (a correlation naming correlations), generate and aliases across
 * a chain, window boundaries and out-of-order events, with the specification's own examples.
 */
class CorrelationChainTest {
    static final long MINUTE = 60 * SECOND;

    /** The specification's "Failed Logins Followed by Successful Login" example, verbatim but for the indentation. */
    static final String SPEC_CHAIN = "title: Correlation - Multiple Failed Logins Followed by Successful Login\n"
            + "id: b180ead8-d58f-40b2-ae54-c8940995b9b6\nstatus: experimental\n"
            + "description: Detects multiple failed logins by a single user followed by a successful login of that user\n"
            + "author: Florian Roth (Nextron Systems)\ndate: 2023-06-16\n"
            + "correlation:\n    type: temporal_ordered\n    rules:\n        - multiple_failed_login\n        - successful_login\n"
            + "    group-by:\n        - User\n    timespan: 10m\nfalsepositives:\n    - Unlikely\nlevel: high\n"
            + "---\ntitle: Multiple failed logons\nid: a8418a5a-5fc4-46b5-b23b-6c73beb19d41\n"
            + "description: Detects multiple failed logins within a certain amount of time\nname: multiple_failed_login\n"
            + "correlation:\n    type: event_count\n    rules:\n        - failed_login\n    group-by:\n        - User\n"
            + "    timespan: 10m\n    condition:\n        gte: 10\n"
            + "---\ntitle: Single failed login\nid: 53ba33fd-3a50-4468-a5ef-c583635cfa92\nname: failed_login\n"
            + "logsource:\n    product: windows\n    service: security\ndetection:\n    selection:\n        EventID:\n"
            + "            - 529\n            - 4625\n    condition: selection\n"
            + "---\ntitle: Successful login\nid: 4d0a2c83-c62c-4ed4-b475-c7e23a9269b8\ndescription: Detects a successful login\n"
            + "name: successful_login\nlogsource:\n    product: windows\n    service: security\ndetection:\n    selection:\n"
            + "        EventID:\n            - 528\n            - 4624\n    condition: selection\n";

    private static SigmaEngine engine(Map<String, String> files) {
        SigmaEngine engine = new SigmaEngine("windows", "informational");
        engine.putRules("t", files);
        return engine;
    }

    private static List<Alert> feed(SigmaEngine engine, List<Event> events) {
        assertTrue(engine.rules().errors.isEmpty(), engine.rules().errors.toString());
        List<Alert> alerts = new ArrayList<>();
        events.forEach(e -> engine.detect(e, alerts::add));
        return alerts;
    }

    /** n failed logons of user (User maps to TargetUserName for 4625/4624 in the windows pipeline) one second apart, then a success. */
    private static List<Event> bruteForce(String user, int failures, long successAfter) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < failures; i++) {
            events.add(logon("4625", user, "10.0.0.9", T0 + i * SECOND));
        }
        events.add(logon("4624", user, "10.0.0.9", T0 + (failures - 1) * SECOND + successAfter));
        return events;
    }

    @Test
    void specExampleChainFiresOnlyTheOutermostCorrelation() {
        // The test events carry the user as the 4624/4625 EventData field TargetUserName, the spec's "User".
        SigmaEngine engine = engine(Map.of("mr_failed_then_success.yml", SPEC_CHAIN.replace("- User", "- TargetUserName")));
        assertEquals(2, engine.rules().correlations.size(), engine.rules().errors.toString());
        List<Alert> alerts = feed(engine, bruteForce("bob", 10, 30 * SECOND));
        assertEquals(1, alerts.size(), "the base rules and the inner correlation raise nothing of their own (generate: false)");
        assertEquals("b180ead8-d58f-40b2-ae54-c8940995b9b6", alerts.get(0).ruleId());
        assertTrue(alerts.get(0).events().size() >= 2, "the alert carries the inner correlation's events and the success");
    }

    @Test
    void chainNeedsTheInnerThresholdAndTheOrder() {
        String chain = SPEC_CHAIN.replace("- User", "- TargetUserName");
        assertEquals(0, feed(engine(Map.of("c.yml", chain)), bruteForce("bob", 9, 30 * SECOND)).size(), "9 failures: inner does not fire");
        assertEquals(0, feed(engine(Map.of("c.yml", chain)), bruteForce("bob", 10, 11 * MINUTE)).size(), "success after the timespan");
        List<Event> successFirst = new ArrayList<>();
        successFirst.add(logon("4624", "bob", "x", T0 - SECOND));
        successFirst.addAll(bruteForce("bob", 10, 0).subList(0, 10));
        assertEquals(0, feed(engine(Map.of("c.yml", chain)), successFirst).size(), "success before the failures: wrong order");
        List<Event> otherUser = bruteForce("bob", 10, 30 * SECOND);
        otherUser.set(10, logon("4624", "eve", "x", T0 + 40 * SECOND));
        assertEquals(0, feed(engine(Map.of("c.yml", chain)), otherUser).size(), "success of another user");
    }

    @Test
    void generateOnTheOuterCorrelationKeepsTheInnerAlerts() {
        String chain = SPEC_CHAIN.replace("- User", "- TargetUserName").replace("level: high\n---", "level: high\ngenerate: true\n---");
        List<Alert> alerts = feed(engine(Map.of("c.yml", chain)), bruteForce("bob", 10, 30 * SECOND));
        List<String> ids = alerts.stream().map(Alert::ruleId).toList();
        assertTrue(ids.contains("a8418a5a-5fc4-46b5-b23b-6c73beb19d41"), ids.toString());
        assertTrue(ids.contains("4d0a2c83-c62c-4ed4-b475-c7e23a9269b8"), "successful_login alerts on its own: " + ids);
        assertTrue(ids.contains("b180ead8-d58f-40b2-ae54-c8940995b9b6"), ids.toString());
        assertEquals(0, ids.stream().filter(i -> i.equals("53ba33fd-3a50-4468-a5ef-c583635cfa92")).count(),
                "failed_login is still suppressed by the inner correlation (generate: false)");
    }

    @Test
    void aliasesAcrossAChain() {
        // Outer groups on "who": the inner correlation's group-by value, and the success event's IpAddress field.
        String chain = SPEC_CHAIN.replace("    group-by:\n        - User\n    timespan: 10m\nfalsepositives",
                "    group-by:\n        - who\n    timespan: 10m\n    aliases:\n        who:\n            multiple_failed_login: TargetUserName\n"
                        + "            successful_login: IpAddress\nfalsepositives").replace("- User", "- TargetUserName");
        List<Event> events = bruteForce("bob", 10, 0).subList(0, 10);
        List<Event> withSuccess = new ArrayList<>(events);
        withSuccess.add(logon("4624", "someone", "bob", T0 + 20 * SECOND));
        assertEquals(1, feed(engine(Map.of("c.yml", chain)), withSuccess).size());
        List<Event> mismatch = new ArrayList<>(events);
        mismatch.add(logon("4624", "bob", "10.0.0.9", T0 + 20 * SECOND));
        assertEquals(0, feed(engine(Map.of("c.yml", chain)), mismatch).size(), "the alias reads IpAddress in the success event");
    }

    @Test
    void cyclesAndRejectedLinksAreRejectedWithReasons() {
        String a = "title: A\nid: a\nname: a\ncorrelation:\n  type: event_count\n  rules: [b]\n  group-by: [x]\n  timespan: 1m\n  condition:\n    gte: 2\n";
        String b = "title: B\nid: b\nname: b\ncorrelation:\n  type: event_count\n  rules: [a]\n  group-by: [x]\n  timespan: 1m\n  condition:\n    gte: 2\n";
        String c = "title: C\nid: c\ncorrelation:\n  type: temporal\n  rules: [d]\n  group-by: [x]\n  timespan: 1m\n";
        String d = "title: D\nid: d\nname: d\ncorrelation:\n  type: event_count\n  rules: [nowhere]\n  group-by: [x]\n  timespan: 1m\n  condition:\n    gte: 2\n";
        SigmaEngine engine = engine(Map.of("a.yml", a, "b.yml", b, "c.yml", c, "d.yml", d));
        String errors = engine.rules().errors.toString();
        assertEquals(4, engine.rules().errors.size(), errors);
        assertTrue(errors.contains("refers back to itself"), errors);
        assertTrue(errors.contains("references rule 'nowhere'"), errors);
        assertTrue(errors.contains("references correlation 'd', which is rejected"), errors);
    }

    private static final String PERCENTILE = "title: Rare source address for a user\nid: pct\nlevel: high\ncorrelation:\n"
            + "  type: value_percentile\n  rules: [failed_logon]\n  group-by: [TargetUserName]\n  timespan: 24h\n"
            + "  condition:\n    field: IpAddress\n    lte: 1\n";

    private static List<Alert> percentile(List<Event> events) {
        SigmaEngine engine = engine(Map.of("failed.yml", CorrelationTest.FAILED, "pct.yml", PERCENTILE));
        return feed(engine, events);
    }

    @Test
    void valuePercentileFiresOnARareValueOfTheGroup() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            events.add(logon("4625", "bob", "10.0.0.1", T0 + i * SECOND));
        }
        events.add(logon("4625", "bob", "203.0.113.7", T0 + 200 * SECOND));
        events.add(logon("4625", "bob", "10.0.0.1", T0 + 201 * SECOND));
        List<Alert> alerts = percentile(events);
        assertEquals(1, alerts.size(), "1 of 101 values (0.99%) is <= 1%; the common value never is");
        assertEquals(Map.of("TargetUserName", "bob"), alerts.get(0).groupBy());
        assertEquals("203.0.113.7", alerts.get(0).events().get(0).values(io.usiem.api.event.Field.of("winlog.event_data.IpAddress",
                io.usiem.api.event.FieldType.KEYWORD)).get(0));
    }

    @Test
    void valuePercentileIsPerGroupAndPerWindow() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 98; i++) {
            events.add(logon("4625", "bob", "10.0.0.1", T0 + i * SECOND));
        }
        events.add(logon("4625", "bob", "203.0.113.7", T0 + 200 * SECOND));
        assertEquals(0, percentile(events).size(), "1 of 99 is 1.01%: above the bound");
        events.clear();
        for (int i = 0; i < 200; i++) {
            events.add(logon("4625", "bob", "10.0.0.1", T0 + i * SECOND));
        }
        events.add(logon("4625", "alice", "203.0.113.7", T0 + 300 * SECOND));
        assertEquals(0, percentile(events).size(), "alice's first value is 100% of her group");
        events.clear();
        for (int i = 0; i < 200; i++) {
            events.add(logon("4625", "bob", "10.0.0.1", T0 + i * SECOND));
        }
        events.add(logon("4625", "bob", "203.0.113.7", T0 + 25 * 3600 * SECOND));
        assertEquals(0, percentile(events).size(), "the baseline is older than the timespan: the value is all there is");
    }

    /** The spec's value_percentile example, with the Sigma taxonomy's field case (Image, Computer). */
    @Test
    void specPercentileExampleRareProcessOfAComputer() {
        String base = "title: Process creation\nid: pc-id\nname: process_creation\nlogsource:\n  category: process_creation\n"
                + "  product: windows\ndetection:\n  sel:\n    Image|endswith: '.exe'\n  condition: sel\n";
        String spec = "title: A computer spawned a processes name in the last 24h than 1% of all the processes.\nid: spec-pct\n"
                + "correlation:\n    type: value_percentile\n    rules: \n        - process_creation\n    group-by:\n"
                + "        - Computer\n    timespan: 24h\n    condition:\n        field: Image\n        lte: 1\n";
        SigmaEngine engine = engine(Map.of("pc.yml", base, "pct.yml", spec));
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            events.add(process("WS1", i % 2 == 0 ? "C:\\Windows\\System32\\svchost.exe" : "C:\\Windows\\explorer.exe", T0 + i * SECOND));
            events.add(process("WS2", "C:\\Windows\\System32\\svchost.exe", T0 + i * SECOND));
        }
        events.add(process("WS1", "C:\\Users\\bob\\AppData\\Local\\Temp\\x.exe", T0 + 200 * SECOND));
        events.add(process("WS3", "C:\\Users\\bob\\AppData\\Local\\Temp\\x.exe", T0 + 201 * SECOND));
        List<Alert> alerts = feed(engine, events);
        assertEquals(1, alerts.size(), "x.exe is 1 of 151 processes of WS1; WS3 has seen nothing else");
        assertEquals("spec-pct", alerts.get(0).ruleId());
        assertEquals(Map.of("Computer", "WS1"), alerts.get(0).groupBy());
    }

    private static Event process(String computer, String image, long t) {
        return Event.builder("raw").eventNanos(t).logSource(io.usiem.api.event.LogSource.of("windows", "sysmon", "process_creation"))
                .set(io.usiem.api.event.Field.of("winlog.computer_name", io.usiem.api.event.FieldType.KEYWORD), computer)
                .set(io.usiem.api.event.Field.of("winlog.event_data.Image", io.usiem.api.event.FieldType.KEYWORD), image).build();
    }

    @Test
    void windowBoundsAreInclusiveOnEventTime() {
        String c = CorrelationTest.corr("event_count", "  rules: [failed_logon]\n  group-by: [TargetUserName]\n  timespan: 1m\n"
                + "  condition:\n    gte: 2\n");
        assertEquals(1, CorrelationTest.run(c, logon("4625", "bob", "x", T0), logon("4625", "bob", "x", T0 + MINUTE)).size(),
                "exactly one timespan apart: one window");
        assertEquals(0, CorrelationTest.run(c, logon("4625", "bob", "x", T0), logon("4625", "bob", "x", T0 + MINUTE + 1)).size(),
                "one nanosecond more: two windows");
    }

    @Test
    void outOfOrderEventsCountOnlyWithinOneTimespan() {
        String c = CorrelationTest.corr("event_count", "  rules: [failed_logon]\n  group-by: [TargetUserName]\n  timespan: 5m\n"
                + "  condition:\n    gte: 3\n");
        assertEquals(0, CorrelationTest.run(c, logon("4625", "bob", "x", T0), logon("4625", "bob", "x", T0 + 8 * MINUTE),
                logon("4625", "bob", "x", T0 + 4 * MINUTE)).size(), "0 and 8 min are not in one 5 min window, whatever the arrival order");
        assertEquals(1, CorrelationTest.run(c, logon("4625", "bob", "x", T0 + 4 * MINUTE), logon("4625", "bob", "x", T0 + 2 * MINUTE),
                logon("4625", "bob", "x", T0)).size(), "reverse order within the lateness");
        String ordered = CorrelationTest.corr("temporal_ordered", "  rules: [failed_logon, successful_logon]\n"
                + "  group-by: [TargetUserName]\n  timespan: 5m\n");
        assertEquals(1, CorrelationTest.run(ordered, logon("4624", "bob", "x", T0 + MINUTE), logon("4625", "bob", "x", T0)).size(),
                "the success arrives first but happened after the failure (event time decides the order)");
    }

    @Test
    void groupCardinalityIsCappedAndCounted() {
        SigmaEngine engine = engine(Map.of("failed.yml", CorrelationTest.FAILED, "c.yml", CorrelationTest.corr("event_count",
                "  rules: [failed_logon]\n  group-by: [TargetUserName]\n  timespan: 1h\n  condition:\n    gte: 2\n")));
        List<Alert> alerts = new ArrayList<>();
        int n = CorrelationWindows.MAX_GROUPS + 10;
        for (int i = 0; i < n; i++) {
            engine.detect(logon("4625", "user" + i, "x", T0 + i), alerts::add);
        }
        CorrelationWindows w = engine.rules().windows.values().iterator().next();
        assertEquals(10, w.evictedGroups.sum());
        assertEquals(CorrelationWindows.MAX_GROUPS, w.groups());
        engine.detect(logon("4625", "user0", "x", T0 + n), alerts::add);
        assertEquals(0, alerts.size(), "user0's first event was evicted with its group");
    }
}
