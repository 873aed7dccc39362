package io.usiem.connector.datasets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.usiem.api.event.IpAddress;

class CidrTableTest {
    private static CidrDataset set(String... netLabel) {
        CidrDataset d = new CidrDataset("t", () -> 0L);
        List<StoredDataset.Change> l = new ArrayList<>();
        for (int i = 0; i < netLabel.length; i += 2) {
            l.add(StoredDataset.Change.put(netLabel[i], netLabel[i + 1], 0));
        }
        d.apply(l);
        return d;
    }

    private static String m(CidrDataset d, String ip) {
        return d.match(IpAddress.parse(ip));
    }

    @Test
    void longestPrefixWinsV4() {
        CidrDataset d = set("0.0.0.0/0", "any", "10.0.0.0/8", "ten", "10.1.0.0/16", "ten-one", "10.1.2.0/24", "lab",
                "10.1.2.128/25", "lab-hi", "10.1.2.200/32", "host", "10.255.255.255/32", "last");
        assertEquals("any", m(d, "9.255.255.255"));
        assertEquals("ten", m(d, "10.0.0.0"));
        assertEquals("ten", m(d, "10.0.255.255"));
        assertEquals("ten-one", m(d, "10.1.0.0"));
        assertEquals("lab", m(d, "10.1.2.127"));
        assertEquals("lab-hi", m(d, "10.1.2.128"));
        assertEquals("host", m(d, "10.1.2.200"));
        assertEquals("lab-hi", m(d, "10.1.2.201"));
        assertEquals("lab-hi", m(d, "10.1.2.255"));
        assertEquals("ten-one", m(d, "10.1.3.0"));
        assertEquals("ten", m(d, "10.2.0.0"));
        assertEquals("last", m(d, "10.255.255.255"));
        assertEquals("any", m(d, "11.0.0.0"));
        assertEquals("any", m(d, "255.255.255.255"));
        assertEquals("any", m(d, "0.0.0.0"));
        assertNull(m(d, "2001:db8::1"), "an IPv4 default route does not answer for IPv6");
    }

    @Test
    void hostBitsAreMaskedAndDuplicatesKeepTheLast() {
        CidrDataset d = set("192.0.2.77/24", "a", "192.0.2.0/24", "b");
        assertEquals(1, d.size());
        assertEquals("b", m(d, "192.0.2.1"));
        assertEquals(List.of("192.0.2.0/24"), d.entries().stream().map(Entry::key).toList());
    }

    @Test
    void topOfTheSpaceV4AndV6() {
        CidrDataset d = set("255.255.255.0/24", "top", "255.255.255.255/32", "max",
                "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ff00/120", "top6", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128", "max6");
        assertEquals("max", m(d, "255.255.255.255"));
        assertEquals("top", m(d, "255.255.255.254"));
        assertNull(m(d, "255.255.254.255"));
        assertEquals("max6", m(d, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"));
        assertEquals("top6", m(d, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe"));
    }

    @Test
    void longestPrefixWinsV6AcrossThe64BitBoundary() {
        CidrDataset d = set("::/0", "any6", "2001:db8::/32", "doc", "2001:db8:0:1::/64", "net", "2001:db8:0:1:8000::/65", "half",
                "2001:db8:0:1:ffff:ffff:ffff:fff0/124", "tail", "2001:db8:ffff:ffff::/64", "end");
        assertEquals("any6", m(d, "2001:db7::1"));
        assertEquals("doc", m(d, "2001:db8::1"));
        assertEquals("net", m(d, "2001:db8:0:1::1"));
        assertEquals("net", m(d, "2001:db8:0:1:7fff:ffff:ffff:ffff"));
        assertEquals("half", m(d, "2001:db8:0:1:8000::"));
        assertEquals("tail", m(d, "2001:db8:0:1:ffff:ffff:ffff:ffff"));
        assertEquals("half", m(d, "2001:db8:0:1:ffff:ffff:ffff:ffef"));
        assertEquals("doc", m(d, "2001:db8:0:2::"));
        assertEquals("end", m(d, "2001:db8:ffff:ffff:ffff::"));
        assertEquals("any6", m(d, "2001:db9::"));
        assertNull(m(d, "192.0.2.1"), "an IPv6 default route does not answer for IPv4");
    }

    @Test
    void randomNetworksAgreeWithBruteForce() {
        Random r = new Random(12);
        List<StoredDataset.Change> changes = new ArrayList<>();
        List<String[]> nets = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int len = 8 + r.nextInt(25);
            // few distinct high octets so that networks nest often
            int addr = (10 + r.nextInt(3)) << 24 | r.nextInt(1 << 24);
            String net = IpAddress.ofV4(addr) + "/" + len;
            changes.add(StoredDataset.Change.put(net, "n" + i, 0));
        }
        CidrDataset d = new CidrDataset("rnd", () -> 0L);
        d.apply(changes);
        for (Entry e : d.entries()) {
            nets.add(new String[] {e.key(), e.text()});
        }
        for (int k = 0; k < 20_000; k++) {
            IpAddress ip = IpAddress.ofV4((10 + r.nextInt(4)) << 24 | r.nextInt(1 << 24));
            String best = null;
            int bestLen = -1;
            for (String[] n : nets) {
                String[] p = n[0].split("/");
                int len = Integer.parseInt(p[1]);
                if (len > bestLen && ip.isIn(IpAddress.parse(p[0]), len)) {
                    best = n[1];
                    bestLen = len;
                }
            }
            assertEquals(best, d.match(ip), ip.toString());
        }
    }

    @Test
    void randomV6AgreeWithBruteForce() {
        Random r = new Random(7);
        List<StoredDataset.Change> changes = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int len = 16 + r.nextInt(113);
            long hi = 0x2001_0db8_0000_0000L | (r.nextLong() & 0x0000_0000_0003_ffffL) << 14;
            long lo = r.nextBoolean() ? 0 : r.nextLong();
            changes.add(StoredDataset.Change.put(IpAddress.ofV6(hi, lo) + "/" + len, "n" + i, 0));
        }
        CidrDataset d = new CidrDataset("rnd6", () -> 0L);
        d.apply(changes);
        List<Entry> entries = d.entries();
        for (int k = 0; k < 5_000; k++) {
            Entry pick = entries.get(r.nextInt(entries.size()));
            IpAddress base = IpAddress.parse(pick.key().split("/")[0]);
            IpAddress ip = IpAddress.ofV6(base.high() ^ (r.nextInt(4) == 0 ? r.nextLong() & 0xffffL : 0), base.low() ^ (r.nextBoolean() ? r.nextLong() : 0));
            String best = null;
            int bestLen = -1;
            for (Entry e : entries) {
                String[] p = e.key().split("/");
                int len = Integer.parseInt(p[1]);
                if (len > bestLen && ip.isIn(IpAddress.parse(p[0]), len)) {
                    best = e.text();
                    bestLen = len;
                }
            }
            assertEquals(best, d.match(ip), ip.toString());
        }
    }
}
