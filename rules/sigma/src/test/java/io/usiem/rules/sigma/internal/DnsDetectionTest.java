package io.usiem.rules.sigma.internal;

import java.io.IOException;

import io.usiem.api.parser.LogParser;
import io.usiem.parser.windowsdns.internal.WindowsDnsParsers;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Windows DNS server's debug log (the query packets it received) through the real parser and SigmaHQ's product-less DNS
 * rules (category dns): the rule for each query fires. The debug log's events had no dns category before, so none did.
 */
class DnsDetectionTest {
    static RuleSet rules;
    static LogParser parser;

    @BeforeAll
    static void load() throws IOException {
        rules = Detections.sigmaHq("rules/network/dns");
        parser = WindowsDnsParsers.utc();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = ';', value = {
        "11/30/2026 6:00:32 AM 0E70 PACKET  00000000033397A0 UDP Rcv 10.161.60.71    5b47   Q [0001   D   NOERROR] A      (3)aaa(5)stage(6)123456(4)evil(7)example(0)"
            + "; 2975af79-28c4-4d2f-a951-9095f229df29; Cobalt Strike DNS beacon staging query",
        "11/30/2026 6:00:33 AM 0E70 PACKET  00000000033397A0 UDP Rcv 10.161.60.72    5b48   Q [0001   D   NOERROR] A      (41)ifferfsodp9ifjaposdfjhgosurijfaewrwergwea(3)com(0)"
            + "; 3eaf6218-3bed-4d8a-8707-274096f12a18; WannaCry kill-switch domain",
    })
    void queryFiresItsRule(String line, String ruleId, String what) {
        Detections.assertFires(rules, line, ruleId, what, parser);
    }
}
