package io.usiem.parser.suricata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Field tables are sized per event type from the raw line, and a hostile count does not stick. */
class FieldCountsTest {
    @Test
    void findsTheTypeBeforeParsing() {
        int alert = FieldCounts.slot("{\"timestamp\":\"x\",\"event_type\":\"alert\",\"src_ip\":\"1.2.3.4\"}", 0);
        assertEquals(alert, FieldCounts.slot("<14>1 - h suricata 1 - - {\"event_type\": \"alert\"}", 0));
        assertNotEquals(alert, FieldCounts.slot("{\"event_type\":\"flow\"}", 0));
        assertEquals(-1, FieldCounts.slot("{\"flow_id\":1}", 0));
        assertEquals(-1, FieldCounts.slot("{\"event_type\"", 0));
    }

    @Test
    void takesALargerCountAtOnceAndASmallerOneSlowlyUpToTheBound() {
        FieldCounts counts = new FieldCounts(40, 127);
        int flow = FieldCounts.slot("{\"event_type\":\"flow\"}", 0);
        assertEquals(40, counts.expected(flow));
        assertEquals(40, counts.expected(-1));
        counts.seen(flow, 30);
        assertEquals(30, counts.expected(flow));
        counts.seen(flow, 26);
        assertEquals(30, counts.expected(flow), "the usual spread of sizes keeps the largest");
        counts.seen(flow, 5_000);
        assertEquals(30, counts.expected(flow));
        counts.seen(-1, 60);
        assertEquals(40, counts.expected(-1));
        // One unusually large (or hostile) record does not size every later flow's table.
        counts.seen(flow, 120);
        assertEquals(120, counts.expected(flow));
        for (int i = 0; i < 2 * FieldCounts.WINDOW; i++) {
            counts.seen(flow, i % 2 == 0 ? 30 : 26);
            assertTrue(counts.expected(flow) >= 30, "the usual largest is kept");
        }
        assertEquals(30, counts.expected(flow), "the large record is forgotten");
    }
}
