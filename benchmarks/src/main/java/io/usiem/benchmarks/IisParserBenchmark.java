package io.usiem.benchmarks;

import io.usiem.api.parser.LogParser;
import io.usiem.parser.iis.internal.IisParser;

import java.util.List;

import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * The IIS W3C access-log parser on header-less lines of IIS's default field selection (Exchange traffic: OWA, EWS,
 * ActiveSync, autodiscover, a 404), against a bare split of the same lines on spaces.
 */
@OperationsPerInvocation(6)
public class IisParserBenchmark extends ParserMixBenchmark {
    private static final String[] MIX = {
        "2021-08-06 12:34:56 10.0.0.5 GET /autodiscover/autodiscover.json @evil.com/owa/&Email=autodiscover/autodiscover.json%3F@evil.com&Protocol=Powershell 443 - 203.0.113.9 python-requests/2.26.0 - 401 0 0 15",
        "2021-08-06 12:34:57 10.0.0.5 GET /owa/auth/logon.aspx replaceCurrent=1&url=https%3a%2f%2fmail.example.com%2fowa%2f 443 CORP\\alice 198.51.100.7 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/92.0.4515.131+Safari/537.36 https://mail.example.com/owa/ 200 0 0 46",
        "2021-08-06 12:35:01 10.0.0.5 POST /EWS/Exchange.asmx - 443 CORP\\bob 198.51.100.8 Microsoft+Office/16.0+(Windows+NT+10.0;+Microsoft+Outlook+16.0.14326;+Pro) - 200 0 0 46",
        "2021-08-06 12:35:02 10.0.0.5 GET /Microsoft-Server-ActiveSync/default.eas Cmd=Sync&User=alice&DeviceId=ABC123&DeviceType=iPhone 443 CORP\\alice 198.51.100.9 Apple-iPhone14C2/2006.20 - 200 0 0 15",
        "2021-08-06 12:35:03 10.0.0.5 GET /owa/ - 443 - 198.51.100.10 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) https://mail.example.com/ 302 0 0 0",
        "2021-08-06 12:35:04 10.0.0.5 GET /favicon.ico - 443 - 198.51.100.10 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - 404 0 2 1",
    };

    @Override
    protected LogParser newParser() {
        return new IisParser(List.of("iis"), 1024);
    }

    @Override
    protected String[] mix() {
        return MIX;
    }
}
