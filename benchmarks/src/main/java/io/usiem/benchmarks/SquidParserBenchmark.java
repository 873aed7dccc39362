package io.usiem.benchmarks;

import io.usiem.api.parser.LogParser;
import io.usiem.parser.squid.internal.SquidParserAccess;

import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * The Squid parser on a mix shaped like a proxy's access.log, mostly native lines written by a real Squid
 * 5.7 (misses, memory hits, a denial, CONNECT tunnels, an IPv6 client, an aborted transfer) and one
 * squidGuard line, against a bare split of the same lines on spaces: the ratio is the distance to
 * tokenizing alone.
 */
@OperationsPerInvocation(10)
public class SquidParserBenchmark extends ParserMixBenchmark {
    private static final String[] MIX = {
        "1795996432.518      8 127.0.0.1 TCP_MISS/200 324 GET http://127.0.0.1:18080/ - HIER_DIRECT/127.0.0.1 text/html",
        "1795996432.570      2 127.0.0.1 TCP_MISS/200 321 GET http://127.0.0.1:18080/img/logo.png - HIER_DIRECT/127.0.0.1 text/plain",
        "1795996432.629      0 127.0.0.1 TCP_MEM_HIT/200 327 GET http://127.0.0.1:18080/img/logo.png - HIER_NONE/- text/plain",
        "1795996432.781      0 127.0.0.1 TCP_DENIED/403 3451 GET http://www.blocked.example/ads/banner.gif - HIER_NONE/- text/html",
        "1613260836.628    287 172.17.0.1 TCP_TUNNEL_ABORTED/200 18353 CONNECT www.google.com:443 - HIER_DIRECT/142.250.184.4 -",
        "1795996432.886     31 127.0.0.1 TCP_TUNNEL/200 348 CONNECT 127.0.0.1:18080 - HIER_DIRECT/127.0.0.1 -",
        "1795996433.088      5 ::1 TCP_MISS/200 324 GET http://[::1]:18080/index.html - HIER_DIRECT/::1 text/html",
        "1286536308.779    180 192.168.0.224 TCP_MISS/200 411 GET http://www.google.com/search?q=squid+log - DIRECT/74.125.224.52 text/html",
        "1286536311.000      3 10.1.2.3 TCP_MISS_ABORTED/000 0 GET http://slow.example.com/big.iso alice HIER_DIRECT/203.0.113.80 -",
        "2024-01-01 10:00:00 [1234] Request(default/ads/-) http://ads.example.com/x 10.0.0.1/- - GET REDIRECT",
    };

    @Override
    protected LogParser newParser() {
        return SquidParserAccess.utc();
    }

    @Override
    protected String[] mix() {
        return MIX;
    }
}
