package io.usiem.enricher.geoip.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** Configuration (PID {@code io.usiem.enricher.geoip}). */
@ObjectClassDefinition(name = "uSIEM GeoIP enricher", description = "Geo and AS fields from MaxMind DB files")
@interface GeoIpConfig {
    @AttributeDefinition(description = "City or Country database (.mmdb); empty: <karaf.data>/usiem/geoip/GeoLite2-City.mmdb; '-' disables")
    String city_database() default "";

    @AttributeDefinition(description = "ASN database (.mmdb); empty: <karaf.data>/usiem/geoip/GeoLite2-ASN.mmdb; '-' disables")
    String asn_database() default "";

    @AttributeDefinition(description = "Address fields to enrich; each sets <prefix>.geo.* and <prefix>.as.*",
            options = {@Option(value = "source.ip"), @Option(value = "destination.ip"), @Option(value = "client.ip"),
                @Option(value = "server.ip"), @Option(value = "host.ip")})
    String[] ip_fields() default {"source.ip", "destination.ip"};

    @AttributeDefinition(description = "Seconds between checks for replaced database files", min = "1")
    int check_interval_seconds() default 30;
}
