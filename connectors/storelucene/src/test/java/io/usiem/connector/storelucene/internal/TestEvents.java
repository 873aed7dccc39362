package io.usiem.connector.storelucene.internal;

import io.usiem.api.event.Event;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Typed events for the store's tests: firewall and web events as parsers build them. */
final class TestEvents {
    static final Field CACHE_STATUS = Field.of("squid.cache_status", FieldType.KEYWORD);
    static final Field VENDOR_SCORE = Field.of("vendor.score", FieldType.LONG);

    private TestEvents() {
    }

    static long at(String iso) {
        Instant i = Instant.parse(iso);
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    static StoreSettings settings(Path dir) {
        return new StoreSettings(dir, 24, 0, 0, 20, 1000, 1000, 16);
    }

    static EventBuilder firewall(long seq, String time, String action, String src, String dst, int port, String user) {
        String raw = "<134>" + time + " fw1 " + action + " tcp " + src + " -> " + dst + ":" + port
                + (user == null ? "" : " user=" + user);
        EventBuilder b = Event.builder(raw).sequence(seq).receivedNanos(at(time) + 1_000_000).eventNanos(at(time))
                .category(EventCategory.FIREWALL).observer("Acme", "Wall")
                .set(Fields.EVENT_ACTION, action).set(Fields.SOURCE_IP, IpAddress.parse(src))
                .set(Fields.DESTINATION_IP, IpAddress.parse(dst)).set(Fields.DESTINATION_PORT, port)
                .setIps(Fields.RELATED_IP, List.of(IpAddress.parse(src), IpAddress.parse(dst)));
        if (user != null) {
            b.set(Fields.USER_NAME, user);
        }
        return b;
    }

    /** The four events of the query tests, oldest first. */
    static List<Event> sample() {
        List<Event> events = new ArrayList<>();
        events.add(firewall(1, "2026-11-29T10:00:00Z", "deny", "10.1.2.3", "192.168.1.10", 22, "alice")
                .set(Fields.MESSAGE, "Failed password for alice from 10.1.2.3").build());
        events.add(firewall(2, "2026-11-29T10:05:00Z", "allow", "2001:db8::5", "2001:db8:1::1", 443, "bob")
                .set(Fields.MESSAGE, "Accepted publickey for bob")
                .setIps(Fields.RELATED_IP, List.of(IpAddress.parse("2001:db8::5"), IpAddress.parse("10.9.9.9"))).build());
        long t3 = at("2026-11-29T10:10:00Z");
        events.add(Event.builder("172.16.0.7 - - [29/Nov/2026:10:10:00 +0000] \"GET /admin/login.php HTTP/1.1\" 404 512")
                .sequence(3).receivedNanos(t3 + 1_000_000).eventNanos(t3).category(EventCategory.WEB_SERVER)
                .set(Fields.SOURCE_IP, IpAddress.parse("172.16.0.7")).set(Fields.URL_PATH, "/admin/login.php")
                .set(Fields.HTTP_RESPONSE_STATUS_CODE, 404).set(CACHE_STATUS, "TCP_MISS").set(VENDOR_SCORE, 42)
                .tag("web").build());
        events.add(firewall(4, "2026-11-29T11:00:00Z", "deny", "10.200.0.1", "192.168.1.11", 1024, "carol")
                .tenant("acme").build());
        return events;
    }
}
