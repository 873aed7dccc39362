package io.usiem.enricher.geoip.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.usiem.api.event.Event;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;

/** Against the real GeoLite2 databases of 2019-11-19 (org.elasticsearch:geolite2-databases, CC BY-SA 4.0). */
class GeoIpEnricherTest {
    @TempDir
    static Path dir;
    static Path cityDb;
    static Path countryDb;
    static Path asnDb;

    @BeforeAll
    static void extract() throws IOException {
        cityDb = copy("GeoLite2-City.mmdb");
        countryDb = copy("GeoLite2-Country.mmdb");
        asnDb = copy("GeoLite2-ASN.mmdb");
    }

    private static Path copy(String name) throws IOException {
        try (InputStream in = GeoIpEnricherTest.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                return null;
            }
            Path p = dir.resolve("src-" + name);
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
            return p;
        }
    }

    private static void assumeDbs() {
        Assumptions.assumeTrue(cityDb != null && asnDb != null && countryDb != null,
                "org.elasticsearch:geolite2-databases:20191119 not on the test class path; skipped");
    }

    private static Event event(String src, String dst) {
        return Event.builder("x").set(Fields.SOURCE_IP, IpAddress.parse(src)).set(Fields.DESTINATION_IP, IpAddress.parse(dst)).build();
    }

    @Test
    void googleDnsIsUsAs15169AndPrivateIsSkipped() {
        assumeDbs();
        GeoIpEnricher g = new GeoIpEnricher(cityDb, asnDb, new String[] {"source.ip", "destination.ip"}, 0);
        try {
            Event out = g.enrich(event("192.168.1.10", "8.8.8.8"));
            assertEquals("US", out.getText(Fields.DESTINATION_GEO_COUNTRY_ISO_CODE));
            assertEquals(15169, out.getLong(Fields.DESTINATION_AS_NUMBER, -1));
            assertEquals("Google LLC", out.getText(Fields.DESTINATION_AS_ORGANIZATION_NAME));
            assertEquals("North America", out.getText(GeoFields.of("destination.ip").continentName));
            assertFalse(out.has(Fields.SOURCE_GEO_COUNTRY_ISO_CODE), "private source has no location");
            assertTrue(out.has(GeoFields.of("destination.ip").lat));
        } finally {
            g.deactivate();
        }
    }

    @Test
    void cityLevelAndIpv6() {
        assumeDbs();
        GeoIpEnricher g = new GeoIpEnricher(cityDb, asnDb, new String[] {"source.ip", "destination.ip"}, 0);
        try {
            // 81.2.69.142 is MaxMind's documented test address in London
            Event out = g.enrich(event("81.2.69.142", "2001:4860:4860::8888"));
            GeoFields s = GeoFields.of("source.ip");
            assertEquals("GB", out.getText(Fields.SOURCE_GEO_COUNTRY_ISO_CODE));
            assertNotNull(out.getText(s.cityName), out.toString());
            assertEquals("US", out.getText(Fields.DESTINATION_GEO_COUNTRY_ISO_CODE));
            assertEquals(15169, out.getLong(Fields.DESTINATION_AS_NUMBER, -1));
        } finally {
            g.deactivate();
        }
    }

    @Test
    void nothingToDoReturnsTheSameEvent() {
        assumeDbs();
        GeoIpEnricher g = new GeoIpEnricher(cityDb, asnDb, new String[] {"source.ip", "destination.ip"}, 0);
        try {
            Event e = event("10.0.0.1", "172.16.5.5");
            assertSame(e, g.enrich(e));
            Event none = Event.builder("x").build();
            assertSame(none, g.enrich(none));
        } finally {
            g.deactivate();
        }
    }

    /** The per-address cache answers as the databases do, with more addresses than slots (evictions, collisions). */
    @Test
    void cachedAnswersAreTheDatabasesAnswers() {
        assumeDbs();
        GeoIpEnricher cached = new GeoIpEnricher(cityDb, asnDb, new String[] {"source.ip", "destination.ip"}, 0);
        java.util.Random random = new java.util.Random(42);
        java.util.List<Event> events = new java.util.ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            // a few hundred busy addresses and many rare ones, like firewall traffic
            int busy = random.nextInt(300);
            String src = random.nextBoolean() ? "81.2." + (busy % 250) + "." + (busy % 7 + 1)
                    : (random.nextInt(200) + 1) + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + (random.nextInt(254) + 1);
            events.add(event(src, "8.8." + random.nextInt(4) + ".8"));
        }
        java.util.List<String> first = new java.util.ArrayList<>();
        try {
            for (Event e : events) {
                first.add(cached.enrich(e).toString());
            }
            for (int i = 0; i < events.size(); i++) {
                assertEquals(first.get(i), cached.enrich(events.get(i)).toString(), "second pass, event " + i);
            }
        } finally {
            cached.deactivate();
        }
        // a new enricher's first answer for an event is the databases' own (its cache is empty)
        for (int i = 0; i < events.size(); i += 97) {
            GeoIpEnricher fresh = new GeoIpEnricher(cityDb, asnDb, new String[] {"source.ip", "destination.ip"}, 0);
            try {
                assertEquals(fresh.enrich(events.get(i)).toString(), first.get(i), "event " + i);
            } finally {
                fresh.deactivate();
            }
        }
    }

    @Test
    void databaseReplacedAtRuntime(@TempDir Path live) throws IOException {
        assumeDbs();
        Path target = live.resolve("GeoLite2-City.mmdb");
        GeoIpEnricher g = new GeoIpEnricher(target, live.resolve("GeoLite2-ASN.mmdb"), new String[] {"destination.ip"}, 0);
        try {
            Event e = event("10.0.0.1", "81.2.69.142");
            assertSame(e, g.enrich(e), "no database yet: events pass");
            assertTrue(g.status().contains("missing"), g.status());

            Files.copy(countryDb, target);
            g.checkFiles();
            Event country = g.enrich(e);
            assertEquals("GB", country.getText(Fields.DESTINATION_GEO_COUNTRY_ISO_CODE));
            assertFalse(country.has(GeoFields.of("destination.ip").cityName), "the Country database has no cities");

            Path tmp = live.resolve("new.tmp");
            Files.copy(cityDb, tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            g.checkFiles();
            Event city = g.enrich(e);
            assertNotNull(city.getText(GeoFields.of("destination.ip").cityName), "the City database was swapped in");
            assertTrue(g.status().contains("GeoLite2-City"), g.status());

            Files.writeString(target, "not a database");
            g.checkFiles();
            assertTrue(g.status().contains("previous database kept"), g.status());
            assertNotNull(g.enrich(e).getText(GeoFields.of("destination.ip").cityName));
        } finally {
            g.deactivate();
        }
    }

    @Test
    void onlyPublicAddressesAreLookedUp() {
        assertFalse(IpAddress.parse("127.0.0.1").isPublic());
        assertFalse(IpAddress.parse("100.64.0.1").isPublic());
        assertFalse(IpAddress.parse("fe80::1").isPublic());
        assertFalse(IpAddress.parse("fd00::1").isPublic());
        assertTrue(IpAddress.parse("8.8.8.8").isPublic());
        assertTrue(IpAddress.parse("2001:4860::1").isPublic());
    }
}
