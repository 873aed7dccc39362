package io.usiem.benchmarks;

import io.usiem.api.parser.LogParser;
import io.usiem.parser.opnsense.internal.FilterlogParserAccess;

import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * The OPNsense/pfSense filterlog parser on a mix of real-format lines (both products' header forms, IPv4
 * and IPv6, TCP/UDP/ICMP, pass and block), against a bare split of the same lines on commas: the ratio is
 * the distance to tokenizing alone.
 */
@OperationsPerInvocation(8)
public class FilterlogParserBenchmark extends ParserMixBenchmark {
    private static final String[] MIX = {
        "<134>Jul  3 19:10:30 filterlog[72237]: 146,,,1535324496,igb1.12,match,block,in,4,0x0,,63,12617,0,DF,6,tcp,60,10.170.12.50,203.0.113.53,49724,853,0,S,1891286705,,64240,,mss;sackOK;TS;nop;wscale",
        "<134>Aug 23 20:30:25 OPNsense.localdomain filterlog[21853]: 82,,,0,igb0,match,pass,out,4,0x0,,62,25678,0,DF,17,udp,60,192.168.1.8,8.8.8.8,5074,53,40",
        "<134>1 2021-07-03T19:10:14.578288-05:00 pfSense.example.com filterlog 72237 - - 115,,,1534283903,igb1.27,match,pass,in,4,0x0,,63,29559,0,DF,17,udp,69,10.170.27.50,10.170.27.1,52797,53,49",
        "<134>1 2024-05-14T09:12:44+02:00 fw.example.org filterlog 48271 - [meta sequenceId=\"4711\"] 96,,,02f4bab031b57d1e30553ce08e0ec131,vtnet1,match,block,in,4,0x0,,57,54321,0,DF,6,tcp,44,198.51.100.23,203.0.113.10,51522,3389,0,S,3032461219,,1024,,mss",
        "<134>Jul  3 19:10:31 filterlog[72237]: 6,,,1000000105,igb1.27,match,block,in,6,0x00,0xf6279,1,UDP,17,32,fe80::208:9bff:fef3:652b,ff02::1:2,546,547,32",
        "<134>Jul  4 11:10:45 filterlog[72237]: 176,,,1520797901,igb1.10,match,pass,in,4,0x0,,64,62096,0,DF,1,icmp,84,10.100.10.30,142.250.114.105,request,37728,164",
        "<134>Jul  3 19:10:33 filterlog[72237]: 176,,,1520797901,igb1.27,match,pass,in,4,0x0,,64,29691,0,DF,17,udp,78,10.170.27.41,10.170.27.255,137,137,58",
        "<134>Aug 23 20:30:26 OPNsense.localdomain filterlog[21853]: 5,,,02f4bab031b57d1e30553ce08e0ec131,igb1,match,block,in,4,0x0,,244,54321,0,none,6,tcp,40,198.51.100.77,203.0.113.2,41234,23,0,S,1544871239,,1024,,",
    };

    @Override
    protected LogParser newParser() {
        return FilterlogParserAccess.utc();
    }

    @Override
    protected String[] mix() {
        return MIX;
    }

    @Override
    protected String separator() {
        return ",";
    }
}
