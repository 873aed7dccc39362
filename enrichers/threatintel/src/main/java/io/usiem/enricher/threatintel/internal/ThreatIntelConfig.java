package io.usiem.enricher.threatintel.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration (PID {@code io.usiem.enricher.threatintel}). */
@ObjectClassDefinition(name = "uSIEM threat intel enricher", description = "Matches event observables against IOC datasets")
public @interface ThreatIntelConfig {
    @AttributeDefinition(description = "Datasets of bad addresses: IP_SET, CIDR_SET or IP_MAP, checked in order")
    String[] ip_datasets() default {"blocklist"};

    @AttributeDefinition(description = "Datasets of bad domains, URLs and file hashes: TEXT_SET or TEXT_MAP, checked in order")
    String[] text_datasets() default {"ioc"};

    @AttributeDefinition(description = "Tag added to matching events")
    String tag() default "blocklisted";
}
