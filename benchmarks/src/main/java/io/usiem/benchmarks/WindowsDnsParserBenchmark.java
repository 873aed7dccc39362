package io.usiem.benchmarks;

import io.usiem.api.parser.LogParser;
import io.usiem.parser.windowsdns.internal.WindowsDnsParserAccess;

import org.openjdk.jmh.annotations.OperationsPerInvocation;

/** The Windows DNS debug log parser on a mix of PACKET lines, against a bare split of the same lines on spaces. */
@OperationsPerInvocation(8)
public class WindowsDnsParserBenchmark extends ParserMixBenchmark {
    private static final String[] MIX = {
        "6/5/2013 10:00:32 AM 0E70 PACKET  00000000033397A0 UDP Rcv 10.161.60.71    5b47   Q [0001   D   NOERROR] A      (12)somecomputer(6)domain(3)com(0)",
        "6/5/2013 10:00:32 AM 0E70 PACKET  00000000033397A0 UDP Snd 10.161.60.71    5b47 R Q [8081   DR  NOERROR] A      (12)somecomputer(6)domain(3)com(0)",
        "21/11/2023 14:03:07 0A3C PACKET  000001F2C3D4E5F0 UDP Rcv 192.168.1.50    c2d1   Q [0001   D   NOERROR] AAAA   (3)www(7)example(3)org(0)",
        "21/11/2023 14:03:07 0A3C PACKET  000001F2C3D4E600 UDP Snd 192.168.1.50    c2d1 R Q [8183   DR NXDOMAIN] A      (8)badhost1(4)corp(5)local(0)",
        "4/11/2026 3:29:17 PM 0294 PACKET  000002DAEC36D650 TCP Rcv fe80::1c2a:3bff:fe4d:5e6f d07e   Q [0001   D   NOERROR] SOA    (4)home(4)gell(3)one(0)",
        "6/5/2013 10:00:33 AM 0E70 PACKET  0000000003339900 UDP Snd 8.8.8.8         a1b2   Q [0001   D   NOERROR] MX     (7)example(3)com(0)",
        "6/5/2013 10:00:33 AM 0E74 PACKET  0000000003339900 UDP Rcv 8.8.8.8         a1b2 R Q [8081   DR  NOERROR] MX     (7)example(3)com(0)",
        "12/31/2024 11:59:59 PM 1A2B PACKET  000000000A1B2C3D UDP Rcv 10.0.0.7        0001   Q [0001   D   NOERROR] PTR    (1)7(1)0(1)0(2)10(7)in-addr(4)arpa(0)",
    };

    @Override
    protected LogParser newParser() {
        return WindowsDnsParserAccess.utc();
    }

    @Override
    protected String[] mix() {
        return MIX;
    }
}
