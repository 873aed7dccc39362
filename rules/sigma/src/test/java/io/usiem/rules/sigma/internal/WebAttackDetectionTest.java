package io.usiem.rules.sigma.internal;

import java.io.IOException;

import io.usiem.api.parser.LogParser;
import io.usiem.parser.webserver.internal.WebServerParsers;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Exploit requests as an Apache access log records them, through the real access-log parser and every SigmaHQ web
 * rule (rules and emerging threats) with the shipped pipelines: the rule written for each must fire. SigmaHQ's
 * {@code cs-uri-query} is the whole request target in these rules (a path to {@code /mgmt/tm/util/bash}, a
 * {@code ../} run in the path), so these fail when it is read as the query string alone.
 */
class WebAttackDetectionTest {
    static RuleSet rules;
    static LogParser parser;

    @BeforeAll
    static void load() throws IOException {
        rules = Detections.sigmaHq("rules/web", "rules-emerging-threats");
        parser = WebServerParsers.apache();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = ';', value = {
        "203.0.113.9 - - [30/Nov/2026:06:00:00 +0000] \"POST /mgmt/tm/util/bash HTTP/1.1\" 200 312 \"-\" \"python-requests/2.31.0\""
            + "; 85254a62-22be-4239-b79c-2ec17e566c37; F5 BIG-IP iControl REST bash (CVE-2022-1388)",
        "203.0.113.9 - - [30/Nov/2026:06:00:01 +0000] \"GET /cgi-bin/../../../../etc/passwd HTTP/1.1\" 404 196 \"-\" \"curl/8.0\""
            + "; 7745c2ea-24a5-4290-b680-04359cb84b35; path traversal in the path",
        "203.0.113.9 - - [30/Nov/2026:06:00:02 +0000] \"GET /autodiscover/autodiscover.json?@foo.com/mapi/nspi/?&Email=autodiscover/autodiscover.json%3F@foo.com HTTP/1.1\" 401 0 \"-\" \"python-requests/2.26.0\""
            + "; 23eee45e-933b-49f9-ae1b-df706d2d52ef; Exchange ProxyShell autodiscover",
        "203.0.113.9 - - [30/Nov/2026:06:00:03 +0000] \"GET /index.php?id=1%27%20UNION%20SELECT%20username,password%20FROM%20users-- HTTP/1.1\" 200 512 \"-\" \"Mozilla/5.0\""
            + "; 5513deaf-f49a-46c2-a6c8-3f111b5cb453; SQL injection in the query (still found)",
    })
    void exploitRequestFiresItsRule(String line, String ruleId, String what) {
        Detections.assertFires(rules, line, ruleId, what, parser);
    }
}
