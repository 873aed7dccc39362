package io.usiem.benchmarks;

import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.usiem.api.dataset.Dataset;
import io.usiem.api.dataset.DatasetKind;
import io.usiem.api.dataset.DatasetRegistry;
import io.usiem.api.enrich.Enricher;
import io.usiem.api.event.Event;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.connector.datasets.internal.DatasetFactory;
import io.usiem.enricher.cloudprovider.internal.CloudProviderConfig;
import io.usiem.enricher.cloudprovider.internal.CloudProviderEnricher;
import io.usiem.enricher.neverseen.internal.NeverSeenConfig;
import io.usiem.enricher.neverseen.internal.NeverSeenEnricher;
import io.usiem.enricher.threatintel.internal.ThreatIntelConfig;
import io.usiem.enricher.threatintel.internal.ThreatIntelEnricher;

/**
 * The enrich stage's cost per event with the dataset enrichers on (threat intel over a 200k-address
 * blocklist and a 50k IOC text set, cloud provider over 50k AWS/Azure-shaped ranges, never-seen), run in
 * sequence as the kernel does. {@code noMatch}: a firewall event whose addresses are known and in no
 * dataset (the common case: the same instance comes back, nothing allocated). {@code cloudMatch}: the
 * destination is in a cloud range (one new event built). Compare with the parser's per-event cost in
 * BENCHMARKS.md for the "enrichment adds <= 20%" goal. GeoIP is not included (it needs the MaxMind files).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EnrichmentBenchmark {
    Enricher[] enrichers;
    Event quiet;
    Event cloud;

    @Setup
    public void setup() throws Exception {
        Random r = new Random(3);
        Map<String, String> ips = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            ips.put(IpAddress.ofV4(r.nextInt()).toString(), null);
        }
        Map<String, String> iocs = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            iocs.put("bad" + Integer.toHexString(r.nextInt()) + ".example", null);
        }
        Map<String, String> nets = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            int len = 16 + r.nextInt(17);
            nets.put(IpAddress.ofV4(((52 << 24) | r.nextInt(1 << 24)) & (-1 << (32 - len))) + "/" + len, "aws|us-east-1|EC2");
        }
        nets.put("13.107.0.0/16", "azure|westeurope|AzureFrontDoor");
        Map<String, Dataset> all = new HashMap<>();
        all.put("blocklist", DatasetFactory.build("blocklist", DatasetKind.IP_SET, ips));
        all.put("ioc", DatasetFactory.build("ioc", DatasetKind.TEXT_SET, iocs));
        all.put("aws", DatasetFactory.build("aws", DatasetKind.CIDR_SET, nets));
        DatasetRegistry reg = new DatasetRegistry() {
            @Override
            public java.util.Optional<Dataset> find(String name) {
                return java.util.Optional.ofNullable(all.get(name));
            }

            @Override
            public java.util.List<Dataset> all() {
                return java.util.List.copyOf(all.values());
            }
        };
        String dir = Files.createTempDirectory("neverseen-bench").toString();
        enrichers = new Enricher[] {
            new NeverSeenEnricher(neverSeen(dir)),
            new ThreatIntelEnricher(reg, threatIntel()),
            new CloudProviderEnricher(reg, cloudProvider()),
        };
        quiet = Event.builder("<134>1 2026-11-29T10:00:00Z fw01 filterlog - - - pass in tcp")
                .set(Fields.SOURCE_IP, IpAddress.parse("10.1.2.3")).set(Fields.DESTINATION_IP, IpAddress.parse("93.184.216.34"))
                .set(Fields.DESTINATION_DOMAIN, "www.example.com").set(Fields.SOURCE_PORT, 51234L).set(Fields.DESTINATION_PORT, 443L).build();
        cloud = quiet.toBuilder().set(Fields.DESTINATION_IP, IpAddress.parse("13.107.42.14")).build();
        run(quiet);
        run(cloud);
    }

    private Event run(Event e) {
        for (Enricher en : enrichers) {
            e = en.enrich(e);
        }
        return e;
    }

    @Benchmark
    public Event noMatch() {
        return run(quiet);
    }

    @Benchmark
    public Event cloudMatch() {
        return run(cloud);
    }

    private static NeverSeenConfig neverSeen(String dir) {
        return new NeverSeenConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return NeverSeenConfig.class;
            }

            @Override
            public String[] ip_fields() {
                return new String[] {"source.ip", "destination.ip"};
            }

            @Override
            public boolean include_private() {
                return false;
            }

            @Override
            public int max_addresses() {
                return 500_000;
            }

            @Override
            public long ttl_seconds() {
                return 2_592_000;
            }

            @Override
            public long learning_seconds() {
                return 0;
            }

            @Override
            public String directory() {
                return dir;
            }

            @Override
            public int persist_interval_seconds() {
                return 3600;
            }
        };
    }

    private static ThreatIntelConfig threatIntel() {
        return new ThreatIntelConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ThreatIntelConfig.class;
            }

            @Override
            public String[] ip_datasets() {
                return new String[] {"blocklist"};
            }

            @Override
            public String[] text_datasets() {
                return new String[] {"ioc"};
            }

            @Override
            public String tag() {
                return "blocklisted";
            }
        };
    }

    private static CloudProviderConfig cloudProvider() {
        return new CloudProviderConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return CloudProviderConfig.class;
            }

            @Override
            public String[] datasets() {
                return new String[] {"aws"};
            }

            @Override
            public String[] address_fields() {
                return new String[] {"destination.ip", "source.ip"};
            }
        };
    }
}
