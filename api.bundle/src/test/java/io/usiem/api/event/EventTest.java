package io.usiem.api.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class EventTest {
    private static Event firewallEvent() {
        return Event.builder("raw line")
                .receivedNanos(1_700_000_000_123_000_000L)
                .category(EventCategory.FIREWALL)
                .observer("OPNsense", "filterlog")
                .set(Fields.SOURCE_IP, IpAddress.parse("10.0.0.1"))
                .set(Fields.DESTINATION_IP, IpAddress.parse("192.0.2.7"))
                .set(Fields.DESTINATION_PORT, 443)
                .set(Fields.EVENT_ACTION, "block")
                .set(Fields.EVENT_RISK_SCORE, 4.5)
                .set(Field.of("CommandLine"), "cmd.exe /c whoami")
                .tag("blocklisted")
                .build();
    }

    @Test
    void typedValuesRoundTrip() {
        Event e = firewallEvent();
        assertEquals("10.0.0.1", e.getIp(Fields.SOURCE_IP).toString());
        assertEquals(443, e.getLong(Fields.DESTINATION_PORT, -1));
        assertEquals(4.5, e.getDouble(Fields.EVENT_RISK_SCORE, 0), 0);
        assertEquals("block", e.getText(Fields.EVENT_ACTION));
        assertEquals("cmd.exe /c whoami", e.getText(Field.of("CommandLine")));
        assertEquals(-1, e.getLong(Fields.SOURCE_PORT, -1));
        assertNull(e.getText(Fields.USER_NAME));
        assertEquals("443", e.getAsString(Fields.DESTINATION_PORT));
        assertEquals(443L, e.get(Fields.DESTINATION_PORT));
        assertTrue(e.hasTag("blocklisted"));
        assertEquals(e.receivedNanos(), e.eventNanos(), "event time defaults to received time");
        assertNull(EventCategory.FIREWALL.firstMissingField(e));
        assertEquals(Fields.USER_NAME, EventCategory.AUTHENTICATION.firstMissingField(e));
    }

    @Test
    void builtEventIsUnaffectedByLaterBuilderChanges() {
        EventBuilder b = Event.builder("x").set(Fields.USER_NAME, "alice");
        Event first = b.build();
        b.set(Fields.USER_NAME, "bob").tag("later");
        assertEquals("alice", first.getText(Fields.USER_NAME));
        assertFalse(first.hasTag("later"));
        Event changed = first.toBuilder().set(Fields.USER_NAME, "carol").build();
        assertEquals("alice", first.getText(Fields.USER_NAME));
        assertEquals("carol", changed.getText(Fields.USER_NAME));
        assertEquals(1, changed.fieldCount(), "setting a field again replaces it");

        // The built event shares the builder's table until the builder writes again (copy-on-write).
        EventBuilder reused = Event.builder("y").set(Fields.USER_NAME, "a").set(Fields.SOURCE_PORT, 1);
        Event before = reused.build();
        Event after = reused.remove(Fields.USER_NAME).set(Fields.SOURCE_PORT, 2).build();
        assertEquals("a", before.getText(Fields.USER_NAME));
        assertEquals(1, before.getLong(Fields.SOURCE_PORT, 0));
        assertFalse(after.has(Fields.USER_NAME));
        assertEquals(2, after.getLong(Fields.SOURCE_PORT, 0));
        Event tagged = before.toBuilder().tag("t").build();
        assertEquals("a", tagged.getText(Fields.USER_NAME));
        assertFalse(before.hasTag("t"));
    }

    @Test
    void dictionaryFieldsAreCanonicalAndTyped() {
        assertSame(Fields.SOURCE_IP, Field.of("source.ip"));
        assertTrue(Field.of("EventData.TargetUserName").isDynamic());
        assertThrows(IllegalArgumentException.class, () -> Event.builder("x").set(Fields.SOURCE_IP, "not typed"));
        EventBuilder b = Event.builder("x");
        assertTrue(b.setFromText(Fields.SOURCE_PORT, "5514"));
        assertFalse(b.setFromText(Fields.DESTINATION_PORT, "http"));
        assertFalse(b.setFromText(Fields.SOURCE_IP, "999.1.1.1"));
        assertTrue(b.setFromText(Field.of("vendor_count", FieldType.LONG), "12"));
        Event e = b.build();
        assertEquals(5514, e.getLong(Fields.SOURCE_PORT, 0));
        assertEquals(12, e.getLong(Field.of("vendor_count", FieldType.LONG), 0));
        assertFalse(e.has(Fields.DESTINATION_PORT));
    }

    @Test
    void lookupsFindEveryFieldInLargeEvents() {
        for (int n : new int[] {1, 5, 6, 7, 12, 40, 127, 128, 200}) {
            EventBuilder b = Event.builder("x");
            for (int i = 0; i < n; i++) {
                b.set(Field.of("vendor.f" + i), "v" + i);
            }
            b.set(Fields.SOURCE_PORT, 7);
            Event e = b.build();
            for (int i = 0; i < n; i++) {
                assertEquals("v" + i, e.getText(Field.of("vendor.f" + i)), n + " fields, field " + i);
            }
            assertEquals(7, e.getLong(Fields.SOURCE_PORT, 0));
            assertFalse(e.has(Fields.DESTINATION_PORT));
            assertFalse(e.has(Field.of("vendor.f" + n)));
            assertEquals(n + 1, e.fieldCount());
        }
    }

    /** The builder indexes its table as it grows: random sets, replacements and removals agree with a map. */
    @Test
    void builderAgreesWithAMapThroughSetsReplacementsAndRemovals() {
        java.util.Random rnd = new java.util.Random(5);
        for (int round = 0; round < 200; round++) {
            EventBuilder b = Event.builder("x");
            java.util.Map<String, String> model = new java.util.LinkedHashMap<>();
            java.util.Map<Event, java.util.Map<String, String>> built = new java.util.IdentityHashMap<>();
            int names = 1 + rnd.nextInt(rnd.nextBoolean() ? 12 : 160);
            for (int op = 0; op < 400; op++) {
                String name = "vendor.g" + rnd.nextInt(names);
                Field f = Field.of(name);
                if (rnd.nextInt(5) == 0) {
                    b.remove(f);
                    model.remove(name);
                } else {
                    String v = "v" + op;
                    b.set(f, v);
                    model.put(name, v);
                }
                String probe = "vendor.g" + rnd.nextInt(names);
                assertEquals(model.get(probe), b.get(Field.of(probe)), "round " + round + " op " + op);
                assertEquals(model.containsKey(probe), b.has(Field.of(probe)));
                if (rnd.nextInt(50) == 0) {
                    // A built event shares the table (and its index) until the builder writes again.
                    built.put(b.build(), new java.util.LinkedHashMap<>(model));
                }
            }
            // Later writes to the builder changed none of the events built before them.
            built.forEach((e, snapshot) -> {
                assertEquals(snapshot.size(), e.fieldCount());
                snapshot.forEach((k, v) -> assertEquals(v, e.getText(Field.of(k))));
                for (int i = 0; i < names; i++) {
                    assertEquals(snapshot.containsKey("vendor.g" + i), e.has(Field.of("vendor.g" + i)));
                }
            });
        }
    }

    @Test
    void dynamicFieldTakesTheTypeOfItsValue() {
        Event e = Event.builder("x").set(Field.of("EventID"), 4624L).build();
        assertEquals(4624, e.getLong(Field.of("EventID"), 0));
        assertEquals("4624", e.getAsString(Field.of("EventID")));
    }

    @Test
    void removeAndVisit() {
        Event e = firewallEvent().toBuilder().remove(Fields.EVENT_RISK_SCORE)
                .set(Fields.RELATED_USER, List.of("alice", "bob")).build();
        List<String> seen = new ArrayList<>();
        e.forEach(new FieldVisitor() {
            @Override
            public void ip(Field field, IpAddress value) {
                seen.add(field + "=" + value);
            }

            @Override
            public void longValue(Field field, long value) {
                seen.add(field + "=" + value);
            }

            @Override
            public void list(Field field, List<String> values) {
                seen.add(field + "=" + values);
            }
        });
        assertEquals(List.of("source.ip=10.0.0.1", "destination.ip=192.0.2.7", "destination.port=443",
                "related.user=[alice, bob]"), seen);
        assertFalse(e.has(Fields.EVENT_RISK_SCORE));
    }

    @Test
    void jsonIsOneLineSortedAndEscaped() {
        Event e = Event.builder("a \"quoted\"\nline\u0001").receivedNanos(0).set(Fields.USER_NAME, "zoë")
                .set(Fields.DESTINATION_PORT, 22).set(Fields.SOURCE_IP, IpAddress.parse("::1")).build();
        assertEquals("{\"@timestamp\":\"1970-01-01T00:00:00Z\",\"event.ingested\":\"1970-01-01T00:00:00Z\","
                + "\"event.kind\":\"event\",\"ecs.version\":\"8.17.0\",\"usiem.category\":\"GENERIC\","
                + "\"usiem.event_time_known\":false,\"organization.id\":\"default\",\"destination.port\":22,"
                + "\"source.ip\":\"::1\",\"user.name\":\"zoë\",\"event.original\":\"a \\\"quoted\\\"\\nline\\u0001\"}",
                e.toString());
    }
}
