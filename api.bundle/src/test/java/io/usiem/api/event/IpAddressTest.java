package io.usiem.api.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IpAddressTest {
    @ParameterizedTest
    @CsvSource({
        "10.0.0.1, 10.0.0.1",
        "255.255.255.255, 255.255.255.255",
        "0.0.0.0, 0.0.0.0",
        "::1, ::1",
        "::, ::",
        "2001:DB8::1, 2001:db8::1",
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        "2001:0db8:0000:0000:0000:ff00:0042:8329, 2001:db8::ff00:42:8329",
        "fe80::1%eth0, fe80::1",
        "::ffff:192.0.2.128, 192.0.2.128",
        "64:ff9b::192.0.2.33, 64:ff9b::c000:221",
        "1:2:3:4:5:6:7:8, 1:2:3:4:5:6:7:8",
        "1::, 1::",
        "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1"
    })
    void parsesAndPrintsCanonically(String in, String canonical) throws Exception {
        IpAddress ip = IpAddress.parse(in);
        assertEquals(canonical, ip.toString());
        String plain = in.contains("%") ? in.substring(0, in.indexOf('%')) : in;
        byte[] expected = InetAddress.getByName(plain).getAddress();
        byte[] actual = ip.toBytes();
        if (expected.length == 16 && actual.length == 4) {
            assertEquals(InetAddress.getByAddress(actual), InetAddress.getByAddress(java.util.Arrays.copyOfRange(expected, 12, 16)));
        } else {
            assertEquals(InetAddress.getByAddress(expected), InetAddress.getByAddress(actual));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1.2.3.", ".1.2.3", "a.b.c.d",
        "1:2", ":::", "1:::2", "1::2::3", "12345::1", "1:2:3:4:5:6:7:8:9", "g::1", "1.2.3.4:80", ":1:2:3:4:5:6:7",
        "1:2:3:4:5:6:7:", "::1.2.3", "example.com"})
    void rejectsInvalid(String in) {
        assertNull(IpAddress.tryParse(in), in);
    }

    @Test
    void cidrMembership() {
        IpAddress net = IpAddress.parse("10.1.0.0");
        assertTrue(IpAddress.parse("10.1.255.3").isIn(net, 16));
        assertFalse(IpAddress.parse("10.2.0.1").isIn(net, 16));
        assertTrue(IpAddress.parse("10.2.0.1").isIn(net, 0));
        IpAddress v6 = IpAddress.parse("2001:db8::");
        assertTrue(IpAddress.parse("2001:db8:0:0:ffff::1").isIn(v6, 64));
        assertFalse(IpAddress.parse("2001:db8:1::1").isIn(v6, 48));
        assertTrue(IpAddress.parse("2001:db8::1").isIn(IpAddress.parse("2001:db8::"), 127));
        assertFalse(IpAddress.parse("2001:db8::2").isIn(IpAddress.parse("2001:db8::"), 127));
        assertFalse(IpAddress.parse("10.1.0.1").isIn(v6, 0));
    }

    @Test
    void publicAddressesAreThoseALocationOrAReputationCanExistFor() {
        for (String ip : new String[] {"8.8.8.8", "1.1.1.1", "203.0.113.7", "198.51.100.1", "172.32.0.1", "100.128.0.1",
                "223.255.255.255", "::ffff:8.8.8.8", "2001:4860:4860::8888", "2001:db8::1", "fbff::1"}) {
            assertTrue(IpAddress.parse(ip).isPublic(), ip);
        }
        for (String ip : new String[] {"0.0.0.0", "0.1.2.3", "10.0.0.1", "127.0.0.1", "169.254.1.1", "172.16.0.1",
                "172.31.255.255", "192.168.1.1", "100.64.0.1", "100.127.255.255", "224.0.0.1", "240.0.0.1",
                "255.255.255.255", "::", "::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1", "fc00::1", "fd12:3456::1",
                "fe80::1", "febf::1", "ff02::1"}) {
            assertFalse(IpAddress.parse(ip).isPublic(), ip);
        }
    }
}
