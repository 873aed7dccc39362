package io.usiem.rules.sigma.internal;

import java.io.IOException;

import io.usiem.api.parser.LogParser;
import io.usiem.parser.auditd.internal.AuditdParsers;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * audit.log records through the real auditd parser and SigmaHQ's Linux auditd rules with the shipped pipelines: rules
 * that select on the audit rule's key ({@code -k}) and on the record's own fields must fire on the records they
 * describe.
 */
class AuditdDetectionTest {
    static RuleSet rules;
    static LogParser parser;

    @BeforeAll
    static void load() throws IOException {
        rules = Detections.sigmaHq("rules/linux/auditd");
        parser = AuditdParsers.utc();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = ';', value = {
        "type=SYSCALL msg=audit(1705312800.123:4242): arch=c000003e syscall=42 success=no exit=-111 a0=3 a1=7ffd2c1a8f40 a2=10 a3=0"
            + " items=0 ppid=1200 pid=1234 auid=1000 uid=1000 gid=1000 euid=1000 suid=1000 fsuid=1000 egid=1000 sgid=1000 fsgid=1000"
            + " tty=pts0 ses=3 comm=\"nmap\" exe=\"/usr/bin/nmap\" subj=unconfined key=\"network_connect_4\""
            + "; 3761e026-f259-44e6-8826-719ed8079408; network scanner connecting (SYSCALL exe and key)",
        "type=SYSCALL msg=audit(1705312801.456:4243): arch=c000003e syscall=59 success=yes exit=0 a0=55d0 a1=55d1 a2=55d2 a3=0"
            + " items=2 ppid=1200 pid=1240 auid=1000 uid=1000 gid=1000 euid=1000 suid=1000 fsuid=1000 egid=1000 sgid=1000 fsgid=1000"
            + " tty=pts0 ses=3 comm=\"wget\" exe=\"/usr/bin/wget\" subj=unconfined key=\"susp_activity\""
            + "; f7158a64-6204-4d6d-868a-6e6378b467e0; watched tool run (key susp_activity)",
    })
    void recordFiresItsRule(String line, String ruleId, String what) {
        Detections.assertFires(rules, line, ruleId, what, parser);
    }
}
