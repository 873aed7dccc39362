package io.usiem.connector.gathering.internal;

import java.net.http.HttpClient;
import java.time.Duration;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import io.usiem.api.dataset.DatasetWriter;
import io.usiem.api.enrich.Enricher;

/** AbuseIPDB gathering: configured by {@code io.usiem.connector.gathering.abuseipdb} with an API key. */
@Component(configurationPid = "io.usiem.connector.gathering.abuseipdb", configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = Enricher.class, property = "service.ranking:Integer=-1000")
@Designate(ocd = AbuseIpDbConfig.class)
public final class AbuseIpDbGathering extends GatheringEnricher {
    @Activate
    public AbuseIpDbGathering(@Reference DatasetWriter writer, AbuseIpDbConfig c) {
        super(gatherer(writer, c), c.require_tag(), false);
        gatherer().start();
    }

    static Gatherer gatherer(DatasetWriter writer, AbuseIpDbConfig c) {
        if (c.api_key() == null || c.api_key().isBlank()) {
            throw new IllegalArgumentException("AbuseIPDB gathering needs api.key");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
        Lookup l = new AbuseIpDb(http, c.base_url(), c.api_key(), c.max_age_days(), c.threshold());
        Gatherer.Targets t = new Gatherer.Targets(c.result_dataset(), "", c.malicious_dataset(), "", c.cache_ttl_seconds() * 1000,
                c.malicious_ttl_seconds() * 1000);
        return new Gatherer("abuseipdb", l, writer, t, c.requests_per_minute(), c.requests_per_day(), c.cache_ttl_seconds() * 1000,
                100_000, 10_000, System::currentTimeMillis);
    }

    @Override
    public String name() {
        return "gathering-abuseipdb";
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        gatherer().stop();
    }
}
