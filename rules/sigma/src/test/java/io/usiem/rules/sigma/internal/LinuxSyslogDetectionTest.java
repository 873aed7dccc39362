package io.usiem.rules.sigma.internal;

import java.io.IOException;

import io.usiem.api.parser.LogParser;
import io.usiem.parser.linuxauth.internal.LinuxAuthParsers;
import io.usiem.parser.syslog.internal.GenericSyslogParsers;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lines of a Linux host's syslog through the parsers the kernel would try (the authentication log parser, then the
 * catch-all) and SigmaHQ's Linux builtin rules (product linux; services syslog, cron, sshd): the rule written for
 * each fires. The catch-all used to give every line a product-less logsource, so no such rule applied.
 */
class LinuxSyslogDetectionTest {
    static RuleSet rules;
    static LogParser auth;
    static LogParser syslog;

    @BeforeAll
    static void load() throws IOException {
        rules = Detections.sigmaHq("rules/linux/builtin");
        auth = LinuxAuthParsers.utc();
        syslog = GenericSyslogParsers.utc();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = ';', value = {
        "<30>Nov 30 06:00:00 web01 systemd[1]: Stopping firewalld - dynamic firewall daemon...; 49f5dfc1-f92e-4d34-96fa-feba3f6acf36;"
            + " a security tool stopped (systemd, service syslog)",
        "<78>Nov 30 06:01:00 web01 crontab[4242]: (root) REPLACE (root); af202fd3-7bff-4212-a25a-fb34606cfcbe; crontab replaced (service cron)",
        "<86>Nov 30 06:02:00 web01 useradd[1337]: new user: name=john, UID=0, GID=0, home=/home/john, shell=/bin/bash;"
            + " 0ac15ec3-d24f-4246-aa2a-3077bb1cf90e; a user created with uid 0 (authentication log)",
        "<4>Nov 30 06:03:00 web01 kernel: [123456.789] *** stack smashing detected ***: terminated; 18b042f0-2ecd-4b6e-9f8d-aa7a7e7de781;"
            + " stack smashing (kernel)",
    })
    void lineFiresItsRule(String line, String ruleId, String what) {
        Detections.assertFires(rules, line, ruleId, what, auth, syslog);
    }
}
