package io.usiem.rules.sigma.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import io.usiem.api.parser.LogParser;
import io.usiem.parser.iis.internal.IisParser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Exploit requests against Exchange, SharePoint and IIS as IIS's W3C access log records them (no #Fields header, as
 * Filebeat and syslog forwarders send them), through the real IIS parser and every SigmaHQ web rule (rules and emerging
 * threats) with the shipped pipelines: the rule written for each must fire. The requests follow the rules' selections
 * and public write-ups of the exploits; addresses are documentation ranges.
 */
class IisAttackDetectionTest {
    static RuleSet rules;
    static LogParser parser;

    @BeforeAll
    static void load() throws IOException {
        rules = Detections.sigmaHq("rules/web", "rules-emerging-threats");
        parser = new IisParser(List.of("iis"), 16);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        // ProxyShell (CVE-2021-34473) pre-auth path confusion to the PowerShell backend, as Orange Tsai's talk and the
        // public PoCs send it: IIS logs the autodiscover stem and the rest in cs-uri-query.
        "2021-08-06 12:34:56 10.0.0.5 GET /autodiscover/autodiscover.json @evil.com/owa/&Email=autodiscover/autodiscover.json%3F@evil.com&Protocol=Powershell 443 - 203.0.113.9 python-requests/2.26.0 - 401 0 0 15"
            + "| 23eee45e-933b-49f9-ae1b-df706d2d52ef| ProxyShell autodiscover (401)",
        "2021-08-06 12:34:58 10.0.0.5 POST /autodiscover/autodiscover.json @evil.com/powershell/?X-Rps-CAT=VgEAVAdXaW5kb3dzQwBBCEtlcmJlcm9z&Email=autodiscover/autodiscover.json%3F@evil.com 443 - 203.0.113.9 python-requests/2.26.0 - 200 0 0 187"
            + "| 992be1eb-e5da-437e-9a54-6d13b57bb4d8| ProxyShell successful PowerShell backend access",
        // OWASSRF (CVE-2022-41040/41082 via OWA): the SSRF to the PowerShell backend through /owa/.
        "2022-12-20 09:15:02 10.0.0.5 POST /owa/mastermailbox%40outlook.com/powershell clientVer=15.1.2375.37&clientApp=PowerShell 443 - 203.0.113.44 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/105.0.5195.54+Safari/537.36 - 200 0 0 340"
            + "| 92d78c63-5a5c-4c40-9b60-463810ffb082| OWASSRF PoC (Exchange SSRF), user agent with IIS's + for spaces",
        "2022-12-20 09:15:02 10.0.0.5 POST /owa/mastermailbox%40outlook.com/powershell clientVer=15.1.2375.37&clientApp=PowerShell 443 - 203.0.113.44 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/105.0.5195.54+Safari/537.36 - 200 0 0 340"
            + "| 181f49fa-0b21-4665-a98c-a57025ebb8c7| OWASSRF exploitation (Exchange SSRF)",
        // ProxyLogon chain (CVE-2021-26855 SSRF then CVE-2021-26858/27065): the OAB virtual directory reset through the
        // ECP DDI service, as the machine account the SSRF impersonates.
        "2021-03-03 04:21:10 10.0.0.5 POST /ecp/DDI/DDIService.svc/SetObject schema=ResetOABVirtualDirectory&msExchEcpCanary=x9Yt 443 CORP\\EXCH01$ 203.0.113.9 ExchangeServicesClient/0.0.0.0 - 200 0 0 93"
            + "| effee1f6-a932-4297-a81f-acb44064fa3a| ProxyLogon OAB virtual directory reset (CVE-2021-26858)",
        "2021-03-03 04:21:09 10.0.0.5 POST /ecp/default.flt - 443 - 203.0.113.9 ExchangeServicesClient/0.0.0.0 - 200 0 0 12"
            + "| 67bce556-312f-4c81-9162-c3c9ff2599b2| HAFNIUM ProxyLogon SSRF request to /ecp/default.flt",
        // ProxyToken (CVE-2021-33766): the SecurityToken parameter to ECP.
        "2021-08-30 18:02:44 10.0.0.5 POST /ecp/victim@example.com/RulesEditor/InboxRules.svc/NewObject SecurityToken=x 443 - 203.0.113.9 python-requests/2.26.0 - 500 0 0 31"
            + "| 56973b50-3382-4b56-bdf5-f51a3183797a| ProxyToken",
        // CVE-2020-0688: the ysoserial __VIEWSTATE sent to ECP.
        "2020-02-27 10:11:12 10.0.0.5 GET /ecp/default.aspx __VIEWSTATEGENERATOR=B97B4E27&__VIEWSTATE=%2FwEyhAYAAQAAAP%2F%2F%2F%2F8BAAAAAAAAAAwCAAAA 443 CORP\\bob 203.0.113.9 Mozilla/5.0 - 500 0 0 47"
            + "| fce2c2e2-0fb5-41ab-a14c-5391e1fd70a5| Exchange ECP __VIEWSTATE deserialisation (CVE-2020-0688)",
        // SharePoint ToolShell (CVE-2025-53770): the ToolPane POST with the SignOut referrer, in the all-fields layout.
        "2025-07-19 07:21:33 W3SVC2 SP01 10.0.0.8 POST /_layouts/15/ToolPane.aspx DisplayMode=Edit&a=/ToolPane.aspx 443 - 203.0.113.77 HTTP/1.1 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64;+rv:120.0)+Gecko/20100101+Firefox/120.0 - /_layouts/SignOut.aspx sharepoint.example.com 200 0 0 7699 5120 410"
            + "| 48d053db-6a56-4866-b60d-0975647050ed| SharePoint ToolShell ToolPane exploit (CVE-2025-53770)",
        // A web shell dropped in aspnet_client (HAFNIUM's habit) run with a command in the query; syslog-wrapped by NXLog.
        "<134>Mar  3 04:30:00 EXCH01 IIS: 2021-03-03 04:30:00 10.0.0.5 GET /aspnet_client/system_web/error.aspx cmd=whoami 443 - 203.0.113.9 Mozilla/5.0 - 200 0 0 9"
            + "| 7ff9db12-1b94-4a79-ba68-a2402c5d6729| web shell command in the query (syslog-wrapped line)",
        // Path traversal in the query of an IIS application.
        "2021-08-06 12:40:00 10.0.0.5 GET /download.aspx file=../../../../windows/win.ini 443 - 203.0.113.9 curl/7.68.0 - 200 0 0 4"
            + "| 7745c2ea-24a5-4290-b680-04359cb84b35| path traversal in the query",
        // IIS tilde short-name enumeration (IIS ShortName Scanner) that hits an existing 8.3 name.
        "2021-08-06 12:41:00 10.0.0.5 OPTIONS /backup~1/a.aspx - 80 - 203.0.113.9 Mozilla/5.0 - 200 0 0 1"
            + "| 7cb02516-6d95-4ffc-8eee-162075e111ac| IIS tilde short name scan",
        // Generic web attacks against an IIS application, in the all-fields layout and with an X-Forwarded-For field.
        "2021-08-06 12:42:00 W3SVC1 WEB01 10.0.0.5 GET /products.aspx id=1%20union%20select%20@@version-- 443 - 203.0.113.9 HTTP/1.1 sqlmap/1.5.2#stable+(http://sqlmap.org) - - shop.example.com 500 0 0 1543 412 33"
            + "| 5513deaf-f49a-46c2-a6c8-3f111b5cb453| SQL injection in the query (all-fields layout)",
        "2021-08-06 12:43:00 10.0.0.5 GET /download.aspx file=C:/Windows/win.ini 443 - 10.0.0.2 curl/7.68.0 - 200 0 0 4 203.0.113.9"
            + "| 9f6a34b4-2688-4eb7-a7f5-e39fef573d0e| Windows path in the query (behind a load balancer)",
        "2021-08-06 12:44:00 10.0.0.5 GET /.git/config - 443 - 203.0.113.9 curl/7.68.0 - 404 0 2 1"
            + "| 953d460b-f810-420a-97a2-cfca4c98e602| source code enumeration",
    })
    void exploitRequestFiresItsRule(String line, String ruleId, String what) {
        Detections.assertFires(rules, line, ruleId, what, parser);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2021-08-06 12:34:57 10.0.0.5 GET /owa/auth/logon.aspx replaceCurrent=1&url=https%3a%2f%2fmail.example.com%2fowa%2f 443 - 198.51.100.7 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/92.0.4515.131+Safari/537.36 https://mail.example.com/owa/ 200 0 0 46",
        "2021-08-06 12:35:02 10.0.0.5 POST /Microsoft-Server-ActiveSync/default.eas Cmd=Sync&User=bob&DeviceId=ABC&DeviceType=iPhone 443 CORP\\bob 192.0.2.44 Apple-iPhone13C2/1805.1 - 200 0 0 914",
        "2021-08-06 12:35:03 10.0.0.5 POST /EWS/Exchange.asmx - 443 CORP\\alice 10.0.0.31 Microsoft+Office/16.0+(Windows+NT+10.0;+Microsoft+Outlook+16.0.14228;+Pro) - 200 0 0 31",
        "2021-08-06 12:35:04 10.0.0.5 GET /autodiscover/autodiscover.xml - 443 CORP\\alice 10.0.0.31 Microsoft+Office/16.0 - 200 0 0 12",
    })
    void everydayExchangeTrafficFiresNothing(String line) {
        Set<String> fired = Detections.fired(rules, Detections.parse(line, parser));
        assertTrue(fired.isEmpty(), "fired " + fired);
    }
}
