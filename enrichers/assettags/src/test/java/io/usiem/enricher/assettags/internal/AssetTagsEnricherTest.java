package io.usiem.enricher.assettags.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.usiem.api.dataset.FakeDatasets;
import io.usiem.api.event.Event;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;

class AssetTagsEnricherTest {
    private final FakeDatasets reg = new FakeDatasets();
    private final AssetTagsEnricher enricher;

    AssetTagsEnricherTest() {
        reg.all.add(FakeDatasets.map("assets", Map.of("dc01", "criticality=extreme_impact;owner=infra;tags=tier0,ad")));
        reg.all.add(FakeDatasets.cidr("asset_networks", "10.20.0.0", 16, "criticality=high_impact;owner=payments;tags=pci"));
        enricher = new AssetTagsEnricher(reg, new AssetTagsConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return AssetTagsConfig.class;
            }

            @Override
            public String[] host_datasets() {
                return new String[] {"assets"};
            }

            @Override
            public String[] ip_datasets() {
                return new String[] {"asset_ips", "asset_networks"};
            }
        });
    }

    @Test
    void hostAndDestinationAssets() {
        Event out = enricher.enrich(Event.builder("x").set(Fields.HOST_HOSTNAME, "dc01")
                .set(Fields.SOURCE_IP, IpAddress.parse("192.0.2.1")).set(Fields.DESTINATION_IP, IpAddress.parse("10.20.3.4")).build());
        assertEquals("extreme_impact", out.getText(AssetFields.HOST_CRITICALITY));
        assertEquals("infra", out.getText(AssetFields.HOST_OWNER));
        assertEquals("high_impact", out.getText(AssetFields.DESTINATION_CRITICALITY));
        assertEquals("payments", out.getText(AssetFields.DESTINATION_OWNER));
        assertNull(out.getText(AssetFields.SOURCE_CRITICALITY));
        assertTrue(out.hasTag("tier0") && out.hasTag("ad") && out.hasTag("pci"), out.tags().toString());
    }

    @Test
    void hostByAddressWhenTheNameIsUnknown() {
        Event out = enricher.enrich(Event.builder("x").set(Fields.HOST_NAME, "web7")
                .setIps(Fields.HOST_IP, List.of(IpAddress.parse("10.20.0.7"))).build());
        assertEquals("high_impact", out.getText(AssetFields.HOST_CRITICALITY));
    }

    @Test
    void noAssetNoChange() {
        Event e = Event.builder("x").set(Fields.HOST_HOSTNAME, "laptop").set(Fields.SOURCE_IP, IpAddress.parse("192.0.2.1")).build();
        assertSame(e, enricher.enrich(e));
        assertFalse(e.hasTag("pci"));
    }

    @Test
    void valueFormat() {
        assertEquals(new Asset("low_impact", null, List.of()), Asset.parse("low_impact"));
        assertEquals(new Asset(null, "bob", List.of("a", "b")), Asset.parse(" owner = bob ; tags=a, b ,; x=y"));
    }
}
