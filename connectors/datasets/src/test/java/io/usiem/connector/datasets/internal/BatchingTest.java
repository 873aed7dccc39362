package io.usiem.connector.datasets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.usiem.api.dataset.DatasetKind;
import io.usiem.api.dataset.IpSet;
import io.usiem.api.event.IpAddress;

/** DatasetWriter.put queues; one snapshot per batch. */
class BatchingTest {
    @TempDir
    Path dir;

    @Test
    void putsAreBatchedAndRemoveSeesThem() {
        DatasetManager m = new DatasetManager(dir, () -> 1_000L);
        m.define(Definition.manual("ips", DatasetKind.IP_SET, 0));
        IpSet s = (IpSet) m.find("ips").orElseThrow();
        assertTrue(m.put("ips", "192.0.2.1", null, 0));
        assertFalse(m.put("ips", "not-an-ip", null, 0), "validated at once");
        assertFalse(m.put("nope", "192.0.2.1", null, 0));
        assertFalse(s.contains(IpAddress.parse("192.0.2.1")), "queued, not yet published");
        assertEquals(0, m.get("ips").lastUpdatedMillis());
        m.flushAll();
        assertTrue(s.contains(IpAddress.parse("192.0.2.1")));

        assertTrue(m.put("ips", "192.0.2.2", null, 0));
        assertTrue(m.remove("ips", "192.0.2.2"), "remove flushes the queue first, so it sees the put");
        assertFalse(s.contains(IpAddress.parse("192.0.2.2")));
    }

    @Test
    void aBurstIsPublishedByTheWriterAtTheThreshold() {
        DatasetManager m = new DatasetManager(dir, () -> 1_000L);
        m.define(Definition.manual("burst", DatasetKind.IP_SET, 0));
        for (int i = 0; i < StoredDataset.FLUSH_AT + 5; i++) {
            m.put("burst", IpAddress.ofV4(0x0A000000 + i).toString(), null, 0);
        }
        assertEquals(StoredDataset.FLUSH_AT, m.get("burst").size(), "published once at the threshold, the rest queued");
        m.persistDirty();
        assertEquals(StoredDataset.FLUSH_AT + 5, m.get("burst").size(), "persisting flushes first");
    }
}
