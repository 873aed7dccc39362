package io.usiem.api.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.parser.RawLog;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class EcsModelTest {
    @Test
    void reservedNamesBecomeShadowedDynamicFields() {
        for (String name : List.of("organization.id", "tags", "event.category", "event.kind", "@timestamp", "event.original",
                "ecs.version", "observer.vendor", "usiem.category", "source", "event", "log.syslog", "source.ip.port")) {
            Field f = Field.of(name);
            assertTrue(f.isDynamic(), name);
            assertEquals(Field.SHADOWED_PREFIX + name, f.name());
        }
        assertSame(Fields.SOURCE_IP, Field.of("source.ip"));
        assertEquals("winlog.event_data.CommandLine", Field.of("winlog.event_data.CommandLine").name());
        assertEquals("dns.answers.data", Field.of("dns.answers.data").name(), "a path into an array of objects is not reserved");
    }

    @Test
    void dynamicFieldsAreMadeOncePerNameAndType() {
        String name = new String("CommandLine".toCharArray());
        assertSame(Field.of("CommandLine"), Field.of(name));
        assertSame(Field.of("Port", FieldType.LONG), Field.of("Port", FieldType.LONG));
        assertEquals(FieldType.LONG, Field.of("Port", FieldType.LONG).type());
        assertEquals(FieldType.KEYWORD, Field.of("Port").type());
    }

    @Test
    void categoriesTypesAndKindAreEcsArrays() {
        Event e = Event.builder("x").category(EventCategory.IAM).ecsType(EcsEventType.USER, EcsEventType.CREATION)
                .set(Fields.EVENT_ACTION, "added-user-account").build();
        assertEquals(Set.of(EcsCategory.IAM), e.ecsCategories());
        assertTrue(e.hasEcsType(EcsEventType.CREATION));
        String json = e.toString();
        assertTrue(json.contains("\"event.kind\":\"event\",\"event.category\":[\"iam\"],\"event.type\":[\"creation\",\"user\"]"), json);

        Event alert = Event.builder("y").category(EventCategory.INTRUSION).kind(EventKind.ALERT).build();
        assertEquals(Set.of(EcsCategory.NETWORK, EcsCategory.INTRUSION_DETECTION), alert.ecsCategories());
        assertTrue(alert.toString().contains("\"event.kind\":\"alert\",\"event.category\":[\"intrusion_detection\",\"network\"]"));

        Event process = Event.builder("z").category(EventCategory.PROCESS).ecsCategory(EcsCategory.PROCESS)
                .ecsType(EcsEventType.START).build();
        assertEquals(Set.of(EcsEventType.START), process.ecsTypes());
        assertEquals(Set.of(), Event.builder("g").build().ecsCategories());
    }

    @Test
    void anyValueAccessOverListsAndObjectArrays() {
        Event e = Event.builder("dns").setIps(Fields.RELATED_IP, List.of(IpAddress.parse("10.0.0.1"), IpAddress.parse("::1")))
                .set(Fields.RELATED_USER, List.of("alice", "bob"))
                .setObjects(Fields.DNS_ANSWERS, List.of(Map.of("name", "example.com", "type", "A", "data", "192.0.2.1", "ttl", 60),
                        Map.of("name", "example.com", "type", "AAAA", "data", "2001:db8::1")))
                .set(Fields.SOURCE_PORT, 53).build();
        assertEquals(List.of(IpAddress.parse("10.0.0.1"), IpAddress.parse("::1")), e.values(Fields.RELATED_IP));
        assertEquals(List.of("alice", "bob"), e.values(Fields.RELATED_USER));
        assertEquals(List.of("192.0.2.1", "2001:db8::1"), e.values(Field.of("dns.answers.data")));
        assertEquals(List.of(60L), e.values(Field.of("dns.answers.ttl")));
        assertEquals(List.of(53L), e.values(Fields.SOURCE_PORT));
        assertEquals(List.of(), e.values(Fields.USER_NAME));
        assertEquals("alice, bob", e.getAsString(Fields.RELATED_USER));
        assertTrue(e.toString().contains("\"dns.answers\":[{"), e.toString());
    }

    @Test
    void vendorValuesKeepTheirJsonType() {
        EventBuilder b = Event.builder("x");
        assertTrue(b.trySet(Field.of("suricata.eve.flow_id"), 1234567890123L));
        assertTrue(b.trySet(Field.of("suricata.eve.alert.metadata.score"), 0.5));
        assertTrue(b.trySet(Field.of("zeek.conn.local_orig"), true));
        assertTrue(b.trySet(Field.of("zeek.dns.TTLs"), List.of(60.0, 120.0)));
        assertTrue(b.trySet(Fields.SOURCE_IP, "192.0.2.9"), "text converts to a dictionary IP");
        assertFalse(b.trySet(Fields.DESTINATION_IP, "not an ip"));
        assertTrue(b.trySet(Fields.EVENT_CODE, 4624L), "a number goes into a keyword field as text");
        Event e = b.build();
        assertEquals(1234567890123L, e.getLong(Field.of("suricata.eve.flow_id"), 0));
        assertEquals("4624", e.getText(Fields.EVENT_CODE));
        assertEquals(List.of(60.0, 120.0), e.values(Field.of("zeek.dns.TTLs")));
        assertThrows(IllegalArgumentException.class, () -> Event.builder("x").set(Fields.SOURCE_IP, "192.0.2.9"),
                "the typed setters refuse a dictionary field of another type");
    }

    @Test
    void eachEventOfALineHasItsOwnSequence() {
        RawLog raw = RawLog.of("cloudtrail file").withSequence(77);
        Event first = raw.newEventBuilder().build();
        Event third = raw.newEventBuilder(2).build();
        assertEquals(77, first.position());
        assertEquals(0, first.indexInLine());
        assertEquals(77, third.position());
        assertEquals(2, third.indexInLine());
        assertFalse(first.sequence() == third.sequence());
        assertThrows(IllegalArgumentException.class, () -> raw.newEventBuilder(Event.MAX_EVENTS_PER_LINE));
    }

    @Test
    void originFillsTheRoleFieldsTheParserLeftEmpty() {
        RawLog raw = RawLog.builder("line").origin("fw1", IpAddress.parse("192.0.2.1")).build();
        Event observed = raw.newEventBuilder().originRole(OriginRole.OBSERVER).build();
        assertEquals("fw1", observed.getText(Fields.OBSERVER_HOSTNAME));
        assertEquals(IpAddress.parse("192.0.2.1"), observed.getIp(Fields.OBSERVER_IP));
        Event host = raw.newEventBuilder().originRole(OriginRole.HOST).set(Fields.HOST_HOSTNAME, "web01").build();
        assertEquals("web01", host.getText(Fields.HOST_HOSTNAME), "the log's own name wins");
        assertEquals(List.of(), host.getIpList(Fields.HOST_IP), "the sender may be a relay for the host the log names");
        Event unnamed = raw.newEventBuilder().originRole(OriginRole.HOST).build();
        assertEquals(List.of(IpAddress.parse("192.0.2.1")), unnamed.getIpList(Fields.HOST_IP));
        assertFalse(raw.newEventBuilder().build().has(Fields.HOST_HOSTNAME), "no role, no guess");
        assertTrue(host.toString().contains("\"usiem.origin.hostname\":\"fw1\""));
    }

    @Test
    void unknownEventTimeIsKept() {
        Event e = Event.builder("x").receivedNanos(5).build();
        assertFalse(e.hasEventTime());
        assertEquals(5, e.eventNanos());
        assertFalse(e.toBuilder().build().hasEventTime());
        assertTrue(Event.builder("x").receivedNanos(5).eventNanos(3).build().hasEventTime());
    }
}
