package io.usiem.connector.gathering.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration (PID {@code io.usiem.connector.gathering.virustotal}); the component starts only with an API key. */
@ObjectClassDefinition(name = "uSIEM gathering: VirusTotal", description = "Asks VirusTotal v3 about addresses, domains and file hashes, writes verdicts to datasets")
@interface VirusTotalConfig {
    @AttributeDefinition(description = "API key (x-apikey header)", type = AttributeType.PASSWORD)
    String api_key();

    @AttributeDefinition(description = "API base URL")
    String base_url() default "https://www.virustotal.com";

    @AttributeDefinition(description = "Engines flagging an object malicious from which it is malicious", min = "1")
    int threshold() default 3;

    @AttributeDefinition(description = "Requests per minute (public API: 4)", min = "1")
    int requests_per_minute() default 4;

    @AttributeDefinition(description = "Requests per day (public API: 500)", min = "1")
    int requests_per_day() default 500;

    @AttributeDefinition(description = "Ask only about observables of events with this tag (empty: all)")
    String require_tag() default "never_seen_ip";

    @AttributeDefinition(description = "Also ask about domains and file hashes")
    boolean domains_and_hashes() default true;

    @AttributeDefinition(description = "Seconds before the same observable is asked again", min = "60")
    long cache_ttl_seconds() default 86_400;

    @AttributeDefinition(description = "IP_MAP dataset for address answers; empty: none")
    String ip_result_dataset() default "virustotal_ips";

    @AttributeDefinition(description = "TEXT_MAP dataset for domain and hash answers; empty: none")
    String text_result_dataset() default "virustotal";

    @AttributeDefinition(description = "Dataset malicious addresses are added to; empty: none")
    String ip_malicious_dataset() default "blocklist";

    @AttributeDefinition(description = "Dataset malicious domains and hashes are added to; empty: none")
    String text_malicious_dataset() default "ioc";

    @AttributeDefinition(description = "Seconds a malicious observable stays in the malicious datasets", min = "60")
    long malicious_ttl_seconds() default 604_800;
}
