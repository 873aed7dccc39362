package io.usiem.rules.sigma.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.usiem.api.alert.Alert;
import io.usiem.api.alert.Severity;
import io.usiem.api.event.Event;
import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;
import io.usiem.api.event.LogSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine as a detector: alerts, levels, pipelines applied, atomic swaps while events flow, the watched folder. */
class SigmaEngineTest {
    static final String MIMIKATZ = "title: Mimikatz command line\nid: rule-a\nlevel: high\ntags: [attack.t1003.001]\n"
            + "logsource:\n  product: windows\n  category: process_creation\n"
            + "detection:\n  sel:\n    CommandLine|contains: 'sekurlsa::'\n    EventID: 1\n  condition: sel\n";
    static final String INFO = "title: Any process\nid: rule-b\nlevel: informational\n"
            + "logsource:\n  product: windows\n  category: process_creation\n"
            + "detection:\n  sel:\n    Image|endswith: '.exe'\n  condition: sel\n";

    static Event sysmon1(String image, String commandLine) {
        return Event.builder("raw").logSource(LogSource.of("windows", "sysmon", "process_creation"))
                .set(Field.of("winlog.event_id", FieldType.KEYWORD), "1")
                .set(Field.of("winlog.event_data.Image", FieldType.KEYWORD), image)
                .set(Field.of("winlog.event_data.CommandLine", FieldType.KEYWORD), commandLine).build();
    }

    @Test
    void matchRaisesAnAlertWithTheRuleAndEvent() {
        SigmaEngine engine = new SigmaEngine("windows", "low");
        engine.putRules("test", Map.of("a.yml", MIMIKATZ, "b.yml", INFO));
        assertEquals("2 rules loaded, 0 rejected", engine.summary());
        List<Alert> alerts = new ArrayList<>();
        Event e = sysmon1("C:\\tools\\m.exe", "m.exe \"SEKURLSA::logonpasswords\" exit");
        engine.detect(e, alerts::add);
        assertEquals(1, alerts.size(), "the informational rule counts but raises no alert");
        Alert a = alerts.get(0);
        assertEquals("rule-a", a.ruleId());
        assertEquals("Mimikatz command line", a.ruleTitle());
        assertEquals(Severity.HIGH, a.severity());
        assertEquals(List.of("attack.t1003.001"), a.tags());
        assertEquals(List.of(e), a.events());
        assertTrue(a.createdNanos() > 0);
        assertEquals(1, engine.rules().rule("rule-b").matches.sum());
        alerts.clear();
        engine.detect(Event.builder("raw").logSource(LogSource.of("windows", "security", null))
                .set(Field.of("winlog.event_data.CommandLine", FieldType.KEYWORD), "sekurlsa::").build(), alerts::add);
        assertEquals(0, alerts.size(), "a security event is not routed to process_creation rules");
    }

    @Test
    void swapsAreAtomicAndNoEventIsLost() throws Exception {
        SigmaEngine engine = new SigmaEngine("windows", "informational");
        engine.putRules("bundle", Map.of("a.yml", MIMIKATZ));
        AtomicBoolean stop = new AtomicBoolean();
        Thread swapper = new Thread(() -> {
            int i = 0;
            while (!stop.get()) {
                // version 1 holds only rule-a, version 2 rule-a and rule-b: rule-a is always there
                engine.putRules("bundle", (i++ & 1) == 0 ? Map.of("a.yml", MIMIKATZ, "b.yml", INFO) : Map.of("a.yml", MIMIKATZ));
            }
        });
        swapper.start();
        AtomicLong ruleA = new AtomicLong();
        int events = 20_000;
        Event e = sysmon1("C:\\m.exe", "sekurlsa::pth");
        for (int i = 0; i < events; i++) {
            engine.detect(e, a -> {
                if (a.ruleId().equals("rule-a")) {
                    ruleA.incrementAndGet();
                }
            });
        }
        stop.set(true);
        swapper.join();
        assertEquals(events, ruleA.get(), "every event evaluated against a complete rule set");
        assertTrue(engine.repository().generation() > 2, "swaps happened while events flowed");
    }

    @Test
    void watchedFolderLoadsChangesAndRemovals(@TempDir Path dir) throws Exception {
        SigmaEngine engine = new SigmaEngine("windows", "low");
        RuleFolder folder = new RuleFolder(dir, engine);
        folder.run();
        assertEquals("0 rules loaded, 0 rejected", engine.summary());
        Files.writeString(dir.resolve("a.yml"), MIMIKATZ);
        Files.writeString(dir.resolve("broken.yml"), "title: x\nlogsource: {product: windows}\ndetection:\n  sel: {A: 1}\n  condition: sel and nope\n");
        folder.run();
        assertEquals("1 rules loaded, 1 rejected", engine.summary());
        assertTrue(engine.rules().errors.get(0).reason().contains("unknown search identifier 'nope'"));
        Files.delete(dir.resolve("broken.yml"));
        folder.run();
        assertEquals("1 rules loaded, 0 rejected", engine.summary());
    }

    @Test
    void filtersExcludeMatchesOfTheRulesTheyName() {
        SigmaEngine engine = new SigmaEngine("windows", "low");
        String filter = "title: Admin tools\nid: f1\nlogsource:\n  product: windows\n  category: process_creation\n"
                + "filter:\n  rules:\n    - rule-a\n  selection:\n    Image|startswith: 'C:\\admin\\'\n  condition: selection\n";
        engine.putRules("t", Map.of("a.yml", MIMIKATZ, "f.yml", filter));
        List<Alert> alerts = new ArrayList<>();
        engine.detect(sysmon1("C:\\admin\\m.exe", "sekurlsa::x"), alerts::add);
        assertEquals(0, alerts.size());
        engine.detect(sysmon1("C:\\temp\\m.exe", "sekurlsa::x"), alerts::add);
        assertEquals(1, alerts.size());
    }

    @Test
    void pipelineMapsFieldsOneToManyAndSystemFields() {
        SigmaEngine engine = new SigmaEngine("windows", "low");
        engine.putRules("t", Map.of("a.yml", MIMIKATZ.replace("CommandLine|contains: 'sekurlsa::'", "Image|endswith: '\\\\mimikatz.exe'")));
        List<Alert> alerts = new ArrayList<>();
        // Security 4688 names the image NewProcessName; the process_creation mapping reads both names
        Event security = Event.builder("raw").logSource(LogSource.of("windows", "sysmon", "process_creation"))
                .set(Field.of("winlog.event_id", FieldType.KEYWORD), "1")
                .set(Field.of("winlog.event_data.NewProcessName", FieldType.KEYWORD), "C:\\x\\mimikatz.exe").build();
        engine.detect(security, alerts::add);
        assertEquals(1, alerts.size());
    }
}
