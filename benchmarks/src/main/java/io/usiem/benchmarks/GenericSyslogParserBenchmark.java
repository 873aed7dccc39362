package io.usiem.benchmarks;

import io.usiem.api.parser.LogParser;
import io.usiem.parser.syslog.internal.GenericSyslogParserAccess;

import org.openjdk.jmh.annotations.OperationsPerInvocation;

/** The catch-all parser on a mix of real-format lines, against a bare split of the same lines on spaces. */
@OperationsPerInvocation(6)
public class GenericSyslogParserBenchmark extends ParserMixBenchmark {
    private static final String[] MIX = {
        "<34>Oct 11 22:14:15 mymachine su: 'su root' failed for lonvick on /dev/pts/8",
        "<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 iut=\"3\" eventSource=\"Application\" eventID=\"1011\"] An application event log entry",
        "<86>Jan 15 10:22:01 web01 sshd[2211]: Accepted publickey for deploy from 198.51.100.23 port 50022 ssh2",
        "Feb  5 17:32:18 gw01 kernel: action=drop src=10.0.0.5 dst=192.0.2.10 proto=TCP dport=23",
        "<190>2024-02-29T23:59:59.123+01:00 fw1 filterlog[123]: 5,,,1000000103,igb1,match,block,in,4",
        "time=1700000000 user=alice action=login outcome=success msg=\"user logged in\"",
    };

    @Override
    protected LogParser newParser() {
        return GenericSyslogParserAccess.utc();
    }

    @Override
    protected String[] mix() {
        return MIX;
    }
}
