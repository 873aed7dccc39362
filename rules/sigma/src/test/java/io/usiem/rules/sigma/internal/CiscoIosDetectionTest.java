package io.usiem.rules.sigma.internal;

import java.io.IOException;

import io.usiem.api.parser.LogParser;
import io.usiem.parser.syslog.internal.GenericSyslogParsers;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cisco IOS syslog messages (the configuration change logger's logged commands, TCP MD5 failures of BGP and LDP peers)
 * through the catch-all syslog parser and SigmaHQ's Cisco rules (product cisco; services aaa, bgp, ldp): the rule for
 * each fires. IOS lines had no product before, so none could.
 */
class CiscoIosDetectionTest {
    static RuleSet rules;
    static LogParser parser;

    @BeforeAll
    static void load() throws IOException {
        rules = Detections.sigmaHq("rules/network/cisco");
        parser = GenericSyslogParsers.utc();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = ';', value = {
        "<189>102: Nov 30 06:00:00.123 UTC: %PARSER-5-CFGLOG_LOGGEDCMD: User:admin  logged command:clear logging"
            + "; ceb407f6-8277-439b-951f-e4210e3ed956; logs cleared from the CLI",
        "<187>88: Nov 30 06:01:00.456 UTC: %IP-TCP-3-BADAUTH: Invalid MD5 digest from 203.0.113.9:179 to 10.0.0.2:11003"
            + "; 56fa3cd6-f8d6-4520-a8c7-607292971886; BGP peer MD5 authentication failure",
        "<187>90: Nov 30 06:02:00.789 UTC: %MPLS_LDP-3-SOCKET_TCP_PACKET_MD5_AUTHEN_FAIL: MD5 authentication failed for LDP peer 203.0.113.10:646"
            + "; 50e606bf-04ce-4ca7-9d54-3449494bbd4b; LDP peer MD5 authentication failure",
    })
    void messageFiresItsRule(String line, String ruleId, String what) {
        Detections.assertFires(rules, line, ruleId, what, parser);
    }
}
