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

/** VirusTotal gathering: configured by {@code io.usiem.connector.gathering.virustotal} with an API key. */
@Component(configurationPid = "io.usiem.connector.gathering.virustotal", configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = Enricher.class, property = "service.ranking:Integer=-1000")
@Designate(ocd = VirusTotalConfig.class)
public final class VirusTotalGathering extends GatheringEnricher {
    @Activate
    public VirusTotalGathering(@Reference DatasetWriter writer, VirusTotalConfig c) {
        super(gatherer(writer, c), c.require_tag(), c.domains_and_hashes());
        gatherer().start();
    }

    static Gatherer gatherer(DatasetWriter writer, VirusTotalConfig c) {
        if (c.api_key() == null || c.api_key().isBlank()) {
            throw new IllegalArgumentException("VirusTotal gathering needs api.key");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
        Lookup l = new VirusTotal(http, c.base_url(), c.api_key(), c.threshold());
        Gatherer.Targets t = new Gatherer.Targets(c.ip_result_dataset(), c.text_result_dataset(), c.ip_malicious_dataset(),
                c.text_malicious_dataset(), c.cache_ttl_seconds() * 1000, c.malicious_ttl_seconds() * 1000);
        return new Gatherer("virustotal", l, writer, t, c.requests_per_minute(), c.requests_per_day(), c.cache_ttl_seconds() * 1000,
                100_000, 10_000, System::currentTimeMillis);
    }

    @Override
    public String name() {
        return "gathering-virustotal";
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        gatherer().stop();
    }
}
