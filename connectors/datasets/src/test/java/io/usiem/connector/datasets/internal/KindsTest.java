package io.usiem.connector.datasets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.usiem.api.event.IpAddress;

class KindsTest {
    private final AtomicLong now = new AtomicLong(1_000_000);

    private static IpAddress ip(String s) {
        return IpAddress.parse(s);
    }

    @Test
    void ipSetBothFamiliesAndInvalidKeys() {
        IpSetDataset d = new IpSetDataset("bad", now::get);
        int n = d.apply(List.of(StoredDataset.Change.put("198.51.100.1", null, 0), StoredDataset.Change.put("2001:db8::1", null, 0),
                StoredDataset.Change.put("not-an-ip", null, 0), StoredDataset.Change.put("10.0.0.0/8", null, 0)));
        assertEquals(2, n);
        assertEquals(2, d.size());
        assertTrue(d.contains(ip("198.51.100.1")));
        assertTrue(d.contains(ip("2001:0db8:0:0::1")));
        assertFalse(d.contains(ip("198.51.100.2")));
        assertTrue(d.containsV4(IpAddress.parse("198.51.100.1").v4()));
        assertEquals(now.get(), d.lastUpdatedMillis());
        assertEquals(1, d.apply(List.of(StoredDataset.Change.remove("198.51.100.1"))));
        assertFalse(d.contains(ip("198.51.100.1")));
    }

    @Test
    void ipSetScalesAndFindsEveryKey() {
        IpSetDataset d = new IpSetDataset("many", now::get);
        List<StoredDataset.Change> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            batch.add(StoredDataset.Change.put(IpAddress.ofV4(0x0A000000 + i * 7).toString(), null, 0));
        }
        d.apply(batch);
        assertEquals(50_000, d.size());
        for (int i = 0; i < 50_000; i++) {
            assertTrue(d.contains(IpAddress.ofV4(0x0A000000 + i * 7)));
            assertFalse(d.contains(IpAddress.ofV4(0x0A000000 + i * 7 + 1)));
        }
    }

    @Test
    void ttlExpiresWithTheClockAndPurges() {
        IpSetDataset d = new IpSetDataset("ttl", now::get);
        d.defaultTtlMillis(60_000);
        d.apply(List.of(StoredDataset.Change.put("192.0.2.1", null, 0), StoredDataset.Change.put("192.0.2.2", null, 10_000)));
        assertTrue(d.contains(ip("192.0.2.2")));
        now.addAndGet(10_000);
        assertFalse(d.contains(ip("192.0.2.2")), "own ttl of 10 s elapsed");
        assertTrue(d.contains(ip("192.0.2.1")));
        now.addAndGet(50_000);
        assertFalse(d.contains(ip("192.0.2.1")), "default ttl of 60 s elapsed");
        assertEquals(2, d.purgeExpired());
        assertEquals(0, d.size());
    }

    @Test
    void ipMap() {
        IpMapDataset d = new IpMapDataset("scores", now::get);
        d.apply(List.of(StoredDataset.Change.put("192.0.2.7", "87", 0)));
        assertEquals("87", d.get(ip("192.0.2.7")));
        assertNull(d.get(ip("192.0.2.8")));
    }

    @Test
    void textKindsCaseInsensitiveByDefault() {
        TextSetDataset s = new TextSetDataset("domains", now::get);
        s.apply(List.of(StoredDataset.Change.put("Evil.Example", null, 0)));
        assertTrue(s.contains("evil.example"));
        assertTrue(s.contains("EVIL.EXAMPLE"));
        assertFalse(s.contains("good.example"));
        s.caseSensitive(true);
        s.apply(List.of(StoredDataset.Change.put("CaseKey", null, 0)));
        assertTrue(s.contains("CaseKey"));
        assertFalse(s.contains("casekey"));

        TextMapDataset m = new TextMapDataset("owners", now::get);
        m.apply(List.of(StoredDataset.Change.put("web01", "team-a", 0), StoredDataset.Change.put("web01", "team-b", 0)));
        assertEquals("team-b", m.get("WEB01"));
        assertNull(m.get("db01"));

        TextListMapDataset l = new TextListMapDataset("groups", now::get);
        l.apply(List.of(StoredDataset.Change.put("alice", "admins", 0), StoredDataset.Change.put("alice", "devs", 0),
                StoredDataset.Change.put("alice", "admins", 0)));
        assertEquals(List.of("admins", "devs"), l.get("alice"));
        assertEquals(List.of(), l.get("bob"));
    }

    @Test
    void textTtl() {
        TextMapDataset m = new TextMapDataset("t", now::get);
        m.apply(List.of(StoredDataset.Change.put("k", "v", 5_000)));
        assertEquals("v", m.get("k"));
        now.addAndGet(5_000);
        assertNull(m.get("k"));
    }

    @Test
    void cidrLabelsDefaultToTheName() {
        CidrDataset c = new CidrDataset("office", now::get);
        c.apply(List.of(StoredDataset.Change.put("10.1.0.0/16", null, 0), StoredDataset.Change.put("10.1.2.0/24", "lab", 0)));
        assertEquals("office", c.match(ip("10.1.9.9")));
        assertEquals("lab", c.match(ip("10.1.2.3")));
        assertNull(c.match(ip("10.2.0.1")));
    }

    @Test
    void cidrTtlOnTheEntry() {
        CidrDataset c = new CidrDataset("tmp", now::get);
        c.apply(List.of(StoredDataset.Change.put("192.0.2.0/24", "x", 1_000)));
        assertEquals("x", c.match(ip("192.0.2.9")));
        now.addAndGet(1_000);
        assertNull(c.match(ip("192.0.2.9")));
    }

    @Test
    void snapshotsAreImmutableForReaders() throws Exception {
        IpSetDataset d = new IpSetDataset("cow", now::get);
        Thread writer = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                d.apply(List.of(StoredDataset.Change.put(IpAddress.ofV4(i).toString(), null, 0)));
            }
        });
        d.apply(List.of(StoredDataset.Change.put("192.0.2.1", null, 0)));
        writer.start();
        while (writer.isAlive()) {
            assertTrue(d.contains(ip("192.0.2.1")));
        }
        writer.join();
        assertEquals(201, d.size());
    }
}
