package io.usiem.rules.sigma.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import io.usiem.api.parser.LogParser;
import io.usiem.parser.windows.internal.WindowsParserForTests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Microsoft Defender detections (Windows Defender/Operational 1116, as NXLog ships them) through the real Windows
 * parser and SigmaHQ's product-less antivirus rules with the shipped pipelines: the rule for the threat's family fires.
 * The antivirus category named no product, so no Windows event was ever routed to these rules.
 */
class AntivirusDetectionTest {
    static RuleSet rules;
    static LogParser parser;

    @BeforeAll
    static void load() throws IOException {
        rules = Detections.sigmaHq("rules/category/antivirus");
        assertEquals(8, rules.rules.size(), rules.errors.toString());
        parser = WindowsParserForTests.shipped();
    }

    /** A Defender 1116 record as NXLog's im_msvistalog writes it (EventData values at the top level). */
    private static String defender(String threat, String path) {
        return """
                {"EventTime":"2026-11-30 06:00:00","Hostname":"WS01.corp.example","EventID":1116,\
                "SourceName":"Microsoft-Windows-Windows Defender","ProviderGuid":"{11CD958A-C507-4EF3-B3F2-5FD9DFBD2C78}",\
                "Channel":"Microsoft-Windows-Windows Defender/Operational","Severity":"WARNING",\
                "Product Name":"Microsoft Defender Antivirus","Threat ID":"2147735505","Threat Name":"%s",\
                "Severity Name":"High","Category Name":"Tool","Path":"%s","Detection Origin Name":"Local machine",\
                "Detection User":"CORP\\\\bob","Process Name":"C:\\\\Windows\\\\explorer.exe"}""".formatted(threat, path);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = ';', value = {
        "HackTool:Win32/Mimikatz.D; 78cc2dd2-7d20-4d32-93ff-057084c38b93; password dumper (Mimikatz)",
        "Backdoor:Win32/Meterpreter.A; 238527ad-3c2c-4e4f-a1f6-92fd63adb864; exploitation framework (Meterpreter)",
        "Ransom:Win64/LockBit.A; 4c6ca276-d4d0-4a8c-9e4c-d69832f8671f; ransomware (LockBit)",
    })
    void defenderDetectionFiresTheFamilyRule(String threat, String ruleId, String what) {
        Detections.assertFires(rules, defender(threat, "file:_C:\\\\Users\\\\bob\\\\Downloads\\\\tool.exe"), ruleId, what, parser);
    }
}
