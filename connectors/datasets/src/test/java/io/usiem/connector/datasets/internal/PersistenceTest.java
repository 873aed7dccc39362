package io.usiem.connector.datasets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.usiem.api.dataset.CidrSet;
import io.usiem.api.dataset.DatasetKind;
import io.usiem.api.dataset.IpSet;
import io.usiem.api.dataset.TextListMap;
import io.usiem.api.dataset.TextMap;
import io.usiem.api.event.IpAddress;

class PersistenceTest {
    @TempDir
    Path dir;

    @Test
    void roundTripEveryKindWithTtlAndEscapes() throws Exception {
        AtomicLong now = new AtomicLong(5_000);
        DatasetManager m = new DatasetManager(dir, now::get);
        m.define(Definition.manual("ips", DatasetKind.IP_SET, 0));
        m.define(Definition.manual("nets", DatasetKind.CIDR_SET, 0));
        m.define(Definition.manual("map", DatasetKind.TEXT_MAP, 0));
        m.define(Definition.manual("groups", DatasetKind.TEXT_LIST_MAP, 0));
        m.define(new Definition("tenanted", DatasetKind.IP_MAP, 60_000, "acme", false, "", FeedFormat.PLAIN, ImportOptions.DEFAULTS, 0));
        assertTrue(m.put("ips", "192.0.2.1", null, 0));
        assertTrue(m.put("ips", "2001:db8::1", null, 1_000));
        assertTrue(m.put("nets", "10.0.0.0/8", "ten", 0));
        assertTrue(m.put("map", "we\tird\\key", "line1\nline2", 0));
        assertTrue(m.put("groups", "alice", "admins", 0));
        assertTrue(m.put("groups", "alice", "devs", 0));
        assertTrue(m.put("tenanted", "198.51.100.1", "x", 0));
        m.persistDirty();
        assertTrue(Files.exists(dir.resolve("ips.dataset")));
        assertFalse(Files.exists(dir.resolve("ips.dataset.tmp")));

        now.set(5_500);
        DatasetManager back = new DatasetManager(dir, now::get);
        back.loadAll();
        assertEquals(5, back.all().size());
        IpSet ips = (IpSet) back.find("ips").orElseThrow();
        assertTrue(ips.contains(IpAddress.parse("192.0.2.1")));
        assertTrue(ips.contains(IpAddress.parse("2001:db8::1")));
        assertEquals(5_000, ips.lastUpdatedMillis());
        assertEquals("ten", ((CidrSet) back.find("nets").orElseThrow()).match(IpAddress.parse("10.9.9.9")));
        assertEquals("line1\nline2", ((TextMap) back.find("map").orElseThrow()).get("we\tird\\key"));
        assertEquals(List.of("admins", "devs"), ((TextListMap) back.find("groups").orElseThrow()).get("alice"));
        StoredDataset t = back.get("tenanted");
        assertEquals("acme", t.tenant());
        assertEquals(60_000, t.defaultTtlMillis());

        now.set(7_000);
        DatasetManager later = new DatasetManager(dir, now::get);
        later.loadAll();
        assertFalse(((IpSet) later.find("ips").orElseThrow()).contains(IpAddress.parse("2001:db8::1")), "expired while stopped");
        assertNull(later.find("nope").orElse(null));
    }

    @Test
    void aCorruptFileIsSkippedNotFatal() throws Exception {
        Files.writeString(dir.resolve("broken.dataset"), "garbage\n");
        Files.writeString(dir.resolve("ok.dataset"), "usiem-dataset 1\nkind\tTEXT_SET\nsource\tmanual\nupdated\t1\n-\nfoo\t" + Long.MAX_VALUE + "\n");
        DatasetManager m = new DatasetManager(dir, () -> 10L);
        m.loadAll();
        assertEquals(1, m.all().size());
        assertTrue(((io.usiem.api.dataset.TextSet) m.find("ok").orElseThrow()).contains("foo"));
    }
}
