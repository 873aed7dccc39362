package io.usiem.enricher.neverseen.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** Configuration (PID {@code io.usiem.enricher.neverseen}). */
@ObjectClassDefinition(name = "uSIEM never-seen IP enricher", description = "Tags never_seen_ip on the first sight of an address")
public @interface NeverSeenConfig {
    @AttributeDefinition(description = "Address fields watched",
            options = {@Option(value = "source.ip"), @Option(value = "destination.ip"), @Option(value = "client.ip"), @Option(value = "server.ip")})
    String[] ip_fields() default {"source.ip", "destination.ip"};

    @AttributeDefinition(description = "Also watch private, loopback and link-local addresses")
    boolean include_private() default false;

    @AttributeDefinition(description = "Addresses remembered per generation (memory: about 32 bytes each)", min = "1000")
    int max_addresses() default 500_000;

    @AttributeDefinition(description = "Seconds after which an address not seen again is new again", min = "60")
    long ttl_seconds() default 2_592_000;

    @AttributeDefinition(description = "Seconds after a start without saved state during which addresses are learned, not tagged", min = "0")
    long learning_seconds() default 3600;

    @AttributeDefinition(description = "Directory of the saved state; empty: <karaf.data>/usiem/neverseen")
    String directory() default "";

    @AttributeDefinition(description = "Seconds between saves of the state", min = "1")
    int persist_interval_seconds() default 60;
}
