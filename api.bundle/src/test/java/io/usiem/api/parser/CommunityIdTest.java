package io.usiem.api.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.usiem.api.event.IpAddress;

import org.junit.jupiter.api.Test;

/**
 * The Community ID specification's published baseline (github.com/corelight/community-id-spec,
 * baseline/baseline_deflt.json, seed 0): each flow in both directions.
 */
class CommunityIdTest {
    private static IpAddress ip(String s) {
        return IpAddress.parse(s);
    }

    @Test
    void tcpUdpSctp() {
        assertEquals("1:LQU9qZlK+B5F3KDmev6m5PMibrg=", CommunityId.of(ip("128.232.110.120"), 34855, ip("66.35.250.204"), 80, 6));
        assertEquals("1:LQU9qZlK+B5F3KDmev6m5PMibrg=", CommunityId.of(ip("66.35.250.204"), 80, ip("128.232.110.120"), 34855, 6));
        assertEquals("1:/qFaeAR+gFe1KYjMzVDsMv+wgU4=", CommunityId.of(ip("2001:470:e5bf:dead:4957:2174:e82c:4887"), 63943,
                ip("2607:f8b0:400c:c03::1a"), 25, CommunityId.TCP));
        assertEquals("1:/qFaeAR+gFe1KYjMzVDsMv+wgU4=", CommunityId.of(ip("2607:f8b0:400c:c03::1a"), 25,
                ip("2001:470:e5bf:dead:4957:2174:e82c:4887"), 63943, CommunityId.TCP));
        assertEquals("1:d/FP5EW3wiY1vCndhwleRRKHowQ=", CommunityId.of(ip("192.168.1.52"), 54585, ip("8.8.8.8"), 53, CommunityId.UDP));
        assertEquals("1:d/FP5EW3wiY1vCndhwleRRKHowQ=", CommunityId.of(ip("8.8.8.8"), 53, ip("192.168.1.52"), 54585, CommunityId.UDP));
        assertEquals("1:MP2EtRCAUIZvTw6MxJHLV7N7JDs=", CommunityId.of(ip("192.168.170.8"), 7, ip("192.168.170.56"), 7, CommunityId.SCTP));
        assertEquals("1:MP2EtRCAUIZvTw6MxJHLV7N7JDs=", CommunityId.of(ip("192.168.170.56"), 7, ip("192.168.170.8"), 7, CommunityId.SCTP));
    }

    @Test
    void icmpRequestAndReplyShareAnId() {
        assertEquals("1:X0snYXpgwiv9TZtqg64sgzUn6Dk=", CommunityId.icmp(ip("192.168.0.89"), ip("192.168.0.1"), 8, 0));
        assertEquals("1:X0snYXpgwiv9TZtqg64sgzUn6Dk=", CommunityId.icmp(ip("192.168.0.1"), ip("192.168.0.89"), 0, 0));
        // Time exceeded has no counterpart: one-way, the code takes the second port's place.
        assertEquals("1:YHxtAirCG//0OzkcVAukqKQN9xM=", CommunityId.icmp(ip("10.0.0.1"), ip("10.0.0.2"), 11, 0));
    }

    @Test
    void icmpv6() {
        IpAddress a = ip("fe80::200:86ff:fe05:80da");
        IpAddress b = ip("fe80::260:97ff:fe07:69ea");
        // Neighbor solicitation (135) and advertisement (136).
        assertEquals("1:dGHyGvjMfljg6Bppwm3bg0LO8TY=", CommunityId.icmp(a, b, 135, 0));
        assertEquals("1:dGHyGvjMfljg6Bppwm3bg0LO8TY=", CommunityId.icmp(b, a, 136, 0));
        assertEquals("1:zavyT/cezQr1fmImYCwYnMXbgck=", CommunityId.icmp(b, a, 135, 0));
        assertEquals("1:+TW+HtLHvV1xnGhV1lv7XoJrqQg=", CommunityId.icmp(ip("3ffe:507:0:1:200:86ff:fe05:80da"), ip("3ffe:501:0:1001::2"), 128, 0));
        assertEquals("1:+TW+HtLHvV1xnGhV1lv7XoJrqQg=", CommunityId.icmp(ip("3ffe:501:0:1001::2"), ip("3ffe:507:0:1:200:86ff:fe05:80da"), 129, 0));
        // Destination unreachable (3), code 0: one-way.
        assertEquals("1:2ObVBgIn28oZvibYZhZMBgh7WdQ=", CommunityId.icmp(ip("3ffe:501:1800:2345::2"), ip("3ffe:507:0:1:200:86ff:fe05:80da"), 3, 0));
        assertEquals("1:hO+sN4H+MG5MY/8hIrXPqc4ZQz0=", CommunityId.icmp(a, ip("ff02::2"), 133, 0));
    }

    @Test
    void noIdWithoutPortsOrAcrossFamilies() {
        assertNull(CommunityId.of(ip("10.0.0.1"), 0, ip("10.0.0.2"), 80, CommunityId.TCP));
        assertNull(CommunityId.of(ip("10.0.0.1"), 1, ip("10.0.0.2"), 65536, CommunityId.TCP));
        assertNull(CommunityId.of(ip("10.0.0.1"), 1, ip("::1"), 2, CommunityId.TCP));
        assertNull(CommunityId.of(null, 1, ip("10.0.0.2"), 2, CommunityId.TCP));
        assertNull(CommunityId.icmp(ip("10.0.0.1"), ip("10.0.0.2"), 256, 0));
    }

    @Test
    void protocolNames() {
        assertEquals(6, CommunityId.protocolNumber("tcp"));
        assertEquals(17, CommunityId.protocolNumber("UDP"));
        assertEquals(132, CommunityId.protocolNumber("sctp"));
        assertEquals(58, CommunityId.protocolNumber("ipv6-icmp"));
        assertEquals(-1, CommunityId.protocolNumber("gre"));
        assertEquals(-1, CommunityId.protocolNumber(null));
    }
}
