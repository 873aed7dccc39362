package io.usiem.enricher.assettags.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration (PID {@code io.usiem.enricher.assettags}). */
@ObjectClassDefinition(name = "uSIEM asset tags enricher", description = "Asset criticality, owner and tags from inventory datasets")
public @interface AssetTagsConfig {
    @AttributeDefinition(description = "TEXT_MAP datasets keyed by host name, checked in order")
    String[] host_datasets() default {"assets"};

    @AttributeDefinition(description = "IP_MAP or CIDR_SET datasets keyed by address or network, checked in order")
    String[] ip_datasets() default {"asset_ips", "asset_networks"};
}
