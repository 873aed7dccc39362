package io.usiem.rules.sigma.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.usiem.api.alert.Alert;
import io.usiem.api.event.Event;

import org.junit.jupiter.api.Test;

/** An alert consumer may hand another event to the engine on the same thread: the thread's reused view is not reset under the first event. */
class ReentrantDetectTest {
    @Test
    void detectFromAnAlertConsumer() {
        SigmaEngine engine = new SigmaEngine("windows", "informational");
        engine.putRules("t", Map.of("failed.yml", CorrelationTest.FAILED.replace("EventID: 4625", "EventID: 4625\n    TargetUserName: bob"),
                "success.yml", CorrelationTest.SUCCESS));
        Event failed = CorrelationTest.logon("4625", "bob", "x", CorrelationTest.T0);
        Event success = CorrelationTest.logon("4624", "eve", "x", CorrelationTest.T0);
        List<String> seen = new ArrayList<>();
        engine.detect(failed, a -> {
            seen.add(a.ruleId());
            engine.detect(success, (Alert inner) -> seen.add(inner.ruleId()));
        });
        engine.detect(failed, a -> seen.add(a.ruleId()));
        assertEquals(List.of("failed-id", "success-id", "failed-id"), seen);
    }
}
