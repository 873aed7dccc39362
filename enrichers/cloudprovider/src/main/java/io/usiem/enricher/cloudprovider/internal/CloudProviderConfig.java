package io.usiem.enricher.cloudprovider.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration (PID {@code io.usiem.enricher.cloudprovider}). */
@ObjectClassDefinition(name = "uSIEM cloud provider enricher", description = "Cloud provider, region and service of addresses in provider ranges")
public @interface CloudProviderConfig {
    @AttributeDefinition(description = "CIDR_SET datasets labelled provider|region|service (importers aws, azure, gcp)")
    String[] datasets() default {"aws", "azure", "gcp"};

    @AttributeDefinition(description = "IP fields checked in order; the first in a range sets cloud.*",
            options = {@org.osgi.service.metatype.annotations.Option(value = "destination.ip"),
                @org.osgi.service.metatype.annotations.Option(value = "source.ip")})
    String[] address_fields() default {"destination.ip", "source.ip"};
}
