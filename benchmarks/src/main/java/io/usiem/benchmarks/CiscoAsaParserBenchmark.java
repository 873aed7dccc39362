package io.usiem.benchmarks;

import io.usiem.api.parser.LogParser;
import io.usiem.parser.ciscoasa.internal.CiscoAsaParserAccess;

import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * The Cisco ASA parser on a mix shaped like a firewall's traffic log (mostly connection built/teardown,
 * then denies, access-list hits, an AAA and an undecoded message), against a bare split of the same lines
 * on spaces: the ratio is the distance to tokenizing alone.
 */
@OperationsPerInvocation(10)
public class CiscoAsaParserBenchmark extends ParserMixBenchmark {
    private static final String[] MIX = {
        "<166>Jan 05 2024 10:22:01 asa01 : %ASA-6-302013: Built inbound TCP connection 4913 for outside:203.0.113.20/51515 (203.0.113.20/51515) to inside:10.0.0.20/443 (198.51.100.20/443)",
        "<166>Jan 05 2024 10:22:31 asa01 : %ASA-6-302014: Teardown TCP connection 4913 for outside:203.0.113.20/51515 to inside:10.0.0.20/443 duration 0:00:30 bytes 8642 TCP FINs from outside",
        "<166>Jan 05 2024 10:23:00 asa01 : %ASA-6-302015: Built outbound UDP connection 5001 for outside:8.8.8.8/53 (8.8.8.8/53) to inside:10.0.0.5/53011 (203.0.113.1/53011)",
        "<166>Jan 05 2024 10:23:00 asa01 : %ASA-6-302016: Teardown UDP connection 5001 for outside:8.8.8.8/53 to inside:10.0.0.5/53011 duration 0:00:00 bytes 112",
        "<166>Jan 05 2024 10:22:02 asa01 : %ASA-6-302013: Built outbound TCP connection 4914 for outside:198.51.100.80/443 (198.51.100.80/443) to inside:10.0.0.5/51000 (203.0.113.1/40001)(LOCAL\\jdoe)",
        "<164>Jan 05 2024 10:25:00 asa01 : %ASA-4-106023: Deny tcp src outside:198.51.100.7/40022 dst inside:10.0.0.5/22 by access-group \"outside_access_in\" [0x0, 0x0]",
        "<166>Jan 05 2024 10:26:00 asa01 : %ASA-6-106100: access-list outside_access_in denied udp outside/198.51.100.3(4412) -> inside/10.0.0.5(161) hit-cnt 12 300-second interval [0x91a7b4b2, 0x0]",
        "<166>Jan 05 2024 10:23:10 asa01 : %ASA-6-302020: Built inbound ICMP connection for faddr 198.51.100.7/1 gaddr 203.0.113.10/0 laddr 10.0.0.10/0 type 8 code 0",
        "<166>Jan 05 2024 10:27:00 asa01 : %ASA-6-113004: AAA user authentication Successful : server = 10.0.0.50 : user = jdoe",
        "<166>Jan 05 2024 10:30:00 asa01 : %ASA-6-305011: Built dynamic TCP translation from inside:10.0.0.5/51234 to outside:198.51.100.1/51234",
    };

    @Override
    protected LogParser newParser() {
        return CiscoAsaParserAccess.utc();
    }

    @Override
    protected String[] mix() {
        return MIX;
    }
}
