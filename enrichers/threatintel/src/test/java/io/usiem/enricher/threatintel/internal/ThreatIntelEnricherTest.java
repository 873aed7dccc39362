package io.usiem.enricher.threatintel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.usiem.api.dataset.FakeDatasets;
import io.usiem.api.event.Event;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;

class ThreatIntelEnricherTest {
    private static ThreatIntelConfig config(String[] ips, String[] texts) {
        return new ThreatIntelConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ThreatIntelConfig.class;
            }

            @Override
            public String[] ip_datasets() {
                return ips;
            }

            @Override
            public String[] text_datasets() {
                return texts;
            }

            @Override
            public String tag() {
                return "blocklisted";
            }
        };
    }

    private final FakeDatasets reg = new FakeDatasets();
    private final ThreatIntelEnricher enricher;

    ThreatIntelEnricherTest() {
        reg.all.add(FakeDatasets.ips("feodo", "198.51.100.23"));
        reg.all.add(FakeDatasets.cidr("spamhaus-drop", "203.0.113.0", 24, "SBL123"));
        reg.all.add(FakeDatasets.texts("ioc", "evil.example", "aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f"));
        reg.all.add(FakeDatasets.map("urls", Map.of("http://phish.example/login", "phishing kit")));
        enricher = new ThreatIntelEnricher(reg, config(new String[] {"feodo", "spamhaus-drop", "missing"}, new String[] {"ioc", "urls"}));
    }

    @Test
    void destinationIpInASet() {
        Event e = Event.builder("x").set(Fields.SOURCE_IP, IpAddress.parse("10.0.0.1"))
                .set(Fields.DESTINATION_IP, IpAddress.parse("198.51.100.23")).build();
        Event out = enricher.enrich(e);
        assertTrue(out.hasTag("blocklisted"));
        assertEquals("ipv4-addr", out.getText(Fields.THREAT_INDICATOR_TYPE));
        assertEquals(IpAddress.parse("198.51.100.23"), out.getIp(Fields.THREAT_INDICATOR_IP));
        assertEquals("feodo", out.getText(Fields.THREAT_INDICATOR_PROVIDER));
        assertEquals("destination.ip", out.getText(ThreatIntelFields.INDICATOR_MATCHED_FIELD));
    }

    @Test
    void sourceIpInACidrSetCarriesTheLabel() {
        Event out = enricher.enrich(Event.builder("x").set(Fields.SOURCE_IP, IpAddress.parse("203.0.113.50")).build());
        assertTrue(out.hasTag("blocklisted"));
        assertEquals("spamhaus-drop", out.getText(Fields.THREAT_INDICATOR_PROVIDER));
        assertEquals("SBL123", out.getText(ThreatIntelFields.INDICATOR_DESCRIPTION));
    }

    @Test
    void domainUrlAndHash() {
        Event d = enricher.enrich(Event.builder("x").set(Fields.DNS_QUESTION_NAME, "EVIL.example").build());
        assertEquals("domain-name", d.getText(Fields.THREAT_INDICATOR_TYPE));
        assertEquals("EVIL.example", d.getText(Fields.THREAT_INDICATOR_DOMAIN));
        Event u = enricher.enrich(Event.builder("x").set(Fields.URL_ORIGINAL, "http://phish.example/login").build());
        assertEquals("url", u.getText(Fields.THREAT_INDICATOR_TYPE));
        assertEquals("phishing kit", u.getText(ThreatIntelFields.INDICATOR_DESCRIPTION));
        assertEquals("urls", u.getText(Fields.THREAT_INDICATOR_PROVIDER));
        Event h = enricher.enrich(Event.builder("x")
                .set(Fields.FILE_HASH_SHA256, "aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f").build());
        assertEquals("file", h.getText(Fields.THREAT_INDICATOR_TYPE));
        assertEquals("aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f",
                h.getText(ThreatIntelFields.INDICATOR_FILE_HASH_SHA256));
        assertTrue(h.hasTag("blocklisted"));
    }

    @Test
    void noMatchReturnsTheSameInstance() {
        Event e = Event.builder("x").set(Fields.SOURCE_IP, IpAddress.parse("10.0.0.1"))
                .set(Fields.DESTINATION_DOMAIN, "good.example").set(Fields.FILE_HASH_MD5, "00").build();
        assertSame(e, enricher.enrich(e));
        Event empty = Event.builder("x").build();
        assertSame(empty, enricher.enrich(empty));
        assertFalse(empty.hasTag("blocklisted"));
    }

    @Test
    void noDatasetsNoChange() {
        ThreatIntelEnricher none = new ThreatIntelEnricher(new FakeDatasets(), config(new String[] {"a"}, new String[] {"b"}));
        Event e = Event.builder("x").set(Fields.SOURCE_IP, IpAddress.parse("198.51.100.23")).build();
        assertSame(e, none.enrich(e));
    }

    @Test
    void aTenantDatasetOnlyMatchesItsTenantsEvents() {
        FakeDatasets r = new FakeDatasets();
        r.all.add(FakeDatasets.tenantIps("acme-bad", "acme", "198.51.100.23"));
        ThreatIntelEnricher t = new ThreatIntelEnricher(r, config(new String[] {"acme-bad"}, new String[0]));
        Event other = Event.builder("x").set(Fields.SOURCE_IP, IpAddress.parse("198.51.100.23")).build();
        assertSame(other, t.enrich(other), "default tenant");
        Event acme = Event.builder("x").tenant("acme").set(Fields.SOURCE_IP, IpAddress.parse("198.51.100.23")).build();
        assertTrue(t.enrich(acme).hasTag("blocklisted"));
    }
}
