package io.usiem.enricher.cloudprovider.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.annotation.Annotation;

import org.junit.jupiter.api.Test;

import io.usiem.api.dataset.FakeDatasets;
import io.usiem.api.event.Event;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;

class CloudProviderEnricherTest {
    static CloudProviderConfig config(String... fields) {
        return new CloudProviderConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return CloudProviderConfig.class;
            }

            @Override
            public String[] datasets() {
                return new String[] {"aws", "azure", "gcp"};
            }

            @Override
            public String[] address_fields() {
                return fields;
            }
        };
    }

    private final FakeDatasets reg = new FakeDatasets();

    CloudProviderEnricherTest() {
        reg.all.add(FakeDatasets.cidr("aws", "52.95.255.64", 28, "aws|us-east-1|EC2"));
        reg.all.add(FakeDatasets.cidr("azure", "20.190.128.0", 18, "azure||AzureAD"));
        reg.all.add(FakeDatasets.ips("gcp", "35.199.192.1"));
    }

    @Test
    void destinationInAwsRange() {
        CloudProviderEnricher e = new CloudProviderEnricher(reg, config("destination.ip", "source.ip"));
        Event out = e.enrich(Event.builder("x").set(Fields.SOURCE_IP, IpAddress.parse("20.190.130.1"))
                .set(Fields.DESTINATION_IP, IpAddress.parse("52.95.255.70")).build());
        assertEquals("aws", out.getText(Fields.CLOUD_PROVIDER));
        assertEquals("us-east-1", out.getText(Fields.CLOUD_REGION));
        assertEquals("EC2", out.getText(Fields.CLOUD_SERVICE_NAME));
    }

    @Test
    void sourceInAzureGlobalTagHasNoRegion() {
        CloudProviderEnricher e = new CloudProviderEnricher(reg, config("destination.ip", "source.ip"));
        Event out = e.enrich(Event.builder("x").set(Fields.SOURCE_IP, IpAddress.parse("20.190.130.1"))
                .set(Fields.DESTINATION_IP, IpAddress.parse("10.0.0.1")).build());
        assertEquals("azure", out.getText(Fields.CLOUD_PROVIDER));
        assertFalse(out.has(Fields.CLOUD_REGION));
        assertEquals("AzureAD", out.getText(Fields.CLOUD_SERVICE_NAME));
    }

    @Test
    void untouchedWhenNothingMatchesOrAlreadySet() {
        CloudProviderEnricher e = new CloudProviderEnricher(reg, config("source.ip"));
        Event miss = Event.builder("x").set(Fields.SOURCE_IP, IpAddress.parse("10.0.0.1"))
                .set(Fields.DESTINATION_IP, IpAddress.parse("52.95.255.70")).build();
        assertSame(miss, e.enrich(miss), "destination.ip is not configured");
        Event set = Event.builder("x").set(Fields.CLOUD_PROVIDER, "gcp").set(Fields.SOURCE_IP, IpAddress.parse("20.190.130.1")).build();
        assertSame(set, e.enrich(set));
    }

    @Test
    void badFieldFailsActivation() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new CloudProviderEnricher(reg, config("client.ip")));
    }

    @Test
    void commaSeparatedListFromACfgFile() {
        CloudProviderEnricher e = new CloudProviderEnricher(reg, config("source.ip, destination.ip"));
        Event out = e.enrich(Event.builder("x").set(Fields.DESTINATION_IP, IpAddress.parse("52.95.255.70")).build());
        assertEquals("aws", out.getText(Fields.CLOUD_PROVIDER));
    }
}
