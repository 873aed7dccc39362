package io.usiem.connector.datasets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {
    @TempDir
    Path dir;

    @Test
    void addShowLookupList() {
        DatasetManager m = new DatasetManager(dir, () -> 1_700_000_000_000L);
        assertTrue(DatasetAddCommand.run(m, "bad", "1.2.3.4", null, null, 0).startsWith("No dataset bad"));
        assertEquals("Created bad\nAdded 1.2.3.4\n", DatasetAddCommand.run(m, "bad", "1.2.3.4", null, "ip_set", 0));
        assertTrue(DatasetAddCommand.run(m, "bad", "nope", null, null, 0).startsWith("Not added"));
        DatasetAddCommand.run(m, "nets", "10.0.0.0/8", "corp", "CIDR_SET", 0);
        assertEquals("1.2.3.4: found\n", DatasetCommand.show(m, "bad", "1.2.3.4", 20));
        assertEquals("1.2.3.5: not found\n", DatasetCommand.show(m, "bad", "1.2.3.5", 20));
        assertEquals("10.1.1.1: found: corp\n", DatasetCommand.show(m, "nets", "10.1.1.1", 20));
        String show = DatasetCommand.show(m, "bad", null, 20);
        assertTrue(show.contains("kind:    IP_SET") && show.contains("size:    1") && show.contains("  1.2.3.4"), show);
        String list = DatasetsCommand.format(m);
        assertTrue(list.contains("bad") && list.contains("nets") && list.contains("CIDR_SET"), list);
    }

    /**
     * Enrichers keep the datasets they resolved for a few seconds: a removed dataset must stop answering at once
     * (DatasetEnrichmentIT saw events still tagged by a dataset siem:dataset-remove had dropped).
     */
    @Test
    void aRemovedDatasetStopsAnsweringReadersThatStillHoldIt() throws Exception {
        DatasetManager m = new DatasetManager(dir, () -> 1_700_000_000_000L);
        DatasetAddCommand.run(m, "nets", "52.94.76.0/22", "aws|us-west-2|AMAZON", "CIDR_SET", 0);
        io.usiem.api.dataset.CidrSet held = (io.usiem.api.dataset.CidrSet) m.find("nets").orElseThrow();
        io.usiem.api.event.IpAddress ip = io.usiem.api.event.IpAddress.parse("52.94.77.1");
        assertEquals("aws|us-west-2|AMAZON", held.match(ip));
        assertTrue(m.delete("nets", true));
        assertEquals(null, held.match(ip));
        assertEquals(0, held.size());
    }
}
