package io.usiem.connector.gathering.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration (PID {@code io.usiem.connector.gathering.abuseipdb}); the component starts only with an API key. */
@ObjectClassDefinition(name = "uSIEM gathering: AbuseIPDB", description = "Asks AbuseIPDB's check endpoint about addresses, writes scores to datasets")
@interface AbuseIpDbConfig {
    @AttributeDefinition(description = "API key (Key header)", type = AttributeType.PASSWORD)
    String api_key();

    @AttributeDefinition(description = "API base URL")
    String base_url() default "https://api.abuseipdb.com";

    @AttributeDefinition(description = "maxAgeInDays of reports considered", min = "1", max = "365")
    int max_age_days() default 90;

    @AttributeDefinition(description = "abuseConfidenceScore from which an address is malicious", min = "0", max = "100")
    int threshold() default 75;

    @AttributeDefinition(description = "Requests per minute", min = "1")
    int requests_per_minute() default 10;

    @AttributeDefinition(description = "Requests per day (free plan: 1000)", min = "1")
    int requests_per_day() default 1000;

    @AttributeDefinition(description = "Ask only about addresses of events with this tag (empty: all public addresses)")
    String require_tag() default "never_seen_ip";

    @AttributeDefinition(description = "Seconds before the same address is asked again", min = "60")
    long cache_ttl_seconds() default 86_400;

    @AttributeDefinition(description = "IP_MAP dataset for every answer (address -> summary); empty: none")
    String result_dataset() default "abuseipdb";

    @AttributeDefinition(description = "Dataset malicious addresses are added to (the threat intel enricher's); empty: none")
    String malicious_dataset() default "blocklist";

    @AttributeDefinition(description = "Seconds a malicious address stays in the malicious dataset", min = "60")
    long malicious_ttl_seconds() default 604_800;
}
