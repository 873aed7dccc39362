package io.usiem.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;

import io.usiem.api.dataset.Dataset;
import io.usiem.api.dataset.DatasetKind;
import io.usiem.api.dataset.DatasetRegistry;
import io.usiem.api.enrich.Enricher;
import io.usiem.api.event.Event;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.parser.ParseResult;
import io.usiem.connector.datasets.internal.DatasetFactory;
import io.usiem.connector.storelucene.internal.StoreComponent;
import io.usiem.connector.storelucene.internal.StoreConfig;
import io.usiem.enricher.assettags.internal.AssetTagsConfig;
import io.usiem.enricher.assettags.internal.AssetTagsEnricher;
import io.usiem.enricher.cloudprovider.internal.CloudProviderConfig;
import io.usiem.enricher.cloudprovider.internal.CloudProviderEnricher;
import io.usiem.enricher.directoryusers.internal.DirectoryConfig;
import io.usiem.enricher.directoryusers.internal.DirectoryUsersEnricher;
import io.usiem.enricher.geoip.internal.GeoIpEnricher;
import io.usiem.enricher.neverseen.internal.NeverSeenConfig;
import io.usiem.enricher.neverseen.internal.NeverSeenEnricher;
import io.usiem.enricher.threatintel.internal.ThreatIntelConfig;
import io.usiem.enricher.threatintel.internal.ThreatIntelEnricher;

/**
 * Issue 12's "the enrichment stage adds <= 20% to the per-event cost of the pipeline with all enrichers on",
 * measured in one run. One operation is one firewall line of {@link FirewallMix} (OPNsense filterlog, Cisco ASA
 * and FortiGate golden lines with public addresses); each invocation takes {@value #BATCH} lines.
 * <ul>
 * <li>{@code parse}: the real parser bundle classes only.</li>
 * <li>{@code parseEnrich}: parse, then every enricher that runs here, in sequence as the kernel's enrich stage
 * runs them (each call guarded, a null result keeps the event): GeoIP (the real GeoLite2 City + ASN databases of
 * 2019-11-19), cloud provider (AWS/Azure-shaped ranges, 64.5k prefixes), threat intel (200k-address blocklist,
 * 50k IOC domains), asset tags (5k addresses, 500 networks, 5k host names), never-seen, directory users (an
 * UnboundID in-memory LDAP server on loopback; the enricher's cache is warm, as in steady state).</li>
 * <li>{@code parseEnrichStore}: the same, then the batch written to the real embedded Lucene store with the
 * shipped configuration (commit every 1,000 documents or 500 ms); {@code write} returns once a commit (fsync)
 * covers the batch. This is the pipeline's per-event cost as a user runs it, without the journal.</li>
 * <li>{@code enrichOnly}: the enrichers alone over the parsed events, all of them or one ({@code enricher}
 * parameter): the direct measure of enrichment's cost and where it goes.</li>
 * </ul>
 * Enrichment's share = (parseEnrich - parse) / parseEnrichStore, per-event times from the same run.
 *
 * <p>Run from the repository root (the golden files are read from the source tree): {@code java -jar
 * benchmarks/target/benchmarks.jar EnrichmentShareBenchmark -prof gc}. Besides throughput, each trial prints the
 * CPU time per line of the benchmark thread and of the process ({@link Cpu}); results in BENCHMARKS.md.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// 60 s of warm-up, not the usual 6: on the shared 2-core VM C2 was still compiling parse + six enrichers + the
// MaxMind decoder after 20-30 s (parseEnrich rose from 9k to 50-100k lines/s, the compiler thread busy throughout)
@Warmup(iterations = 20, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class EnrichmentShareBenchmark {
    static final int BATCH = 1024;

    /** The lines and their parsers, and the same lines parsed once (for {@code enrichOnly}). */
    @State(Scope.Benchmark)
    public static class Lines {
        FirewallMix mix;
        Event[] parsed;

        @Setup(Level.Trial)
        public void setUp() {
            mix = new FirewallMix(BATCH, 12);
            List<Event> all = new ArrayList<>();
            for (int i = 0; i < BATCH; i++) {
                all.addAll(mix.parsers[i].parse(mix.lines[i]).events());
            }
            parsed = all.toArray(new Event[0]);
        }
    }

    /** Every enricher with its datasets, built as the DS runtime would, the directory cache filled. */
    @State(Scope.Benchmark)
    public static class Enrichment {
        Path dir;
        InMemoryDirectoryServer ldap;
        Enricher[] enrichers;
        DirectoryUsersEnricher directory;

        @Setup(Level.Trial)
        public void setUp(Lines lines) throws Exception {
            dir = Files.createTempDirectory("usiem-enrichshare");
            FirewallMix mix = lines.mix;
            Map<String, Dataset> sets = new HashMap<>();
            sets.put("blocklist", DatasetFactory.build("blocklist", DatasetKind.IP_SET, mix.blocklist));
            sets.put("aws", DatasetFactory.build("aws", DatasetKind.CIDR_SET, mix.aws));
            sets.put("azure", DatasetFactory.build("azure", DatasetKind.CIDR_SET, mix.azure));
            sets.put("ioc", DatasetFactory.build("ioc", DatasetKind.TEXT_SET, EnrichmentFixtures.iocs()));
            EnrichmentFixtures.assets(sets);
            DatasetRegistry registry = new DatasetRegistry() {
                @Override
                public Optional<Dataset> find(String name) {
                    return Optional.ofNullable(sets.get(name));
                }

                @Override
                public List<Dataset> all() {
                    return List.copyOf(sets.values());
                }
            };
            ldap = EnrichmentFixtures.directoryServer(mix.directoryUsers);
            directory = new DirectoryUsersEnricher(Configs.of(DirectoryConfig.class, Map.of(
                    "url", "ldap://127.0.0.1:" + ldap.getListenPort(), "base_dn", "dc=corp,dc=example",
                    "bind_dn", "cn=svc-usiem,dc=corp,dc=example", "bind_password", "secret")));
            enrichers = new Enricher[] {
                Configs.construct(GeoIpEnricher.class, Map.of("city_database", copy("GeoLite2-City.mmdb").toString(),
                        "asn_database", copy("GeoLite2-ASN.mmdb").toString())),
                new CloudProviderEnricher(registry, Configs.of(CloudProviderConfig.class, Map.of())),
                new ThreatIntelEnricher(registry, Configs.of(ThreatIntelConfig.class, Map.of())),
                new AssetTagsEnricher(registry, Configs.of(AssetTagsConfig.class, Map.of())),
                new NeverSeenEnricher(Configs.of(NeverSeenConfig.class, Map.of("directory", dir.resolve("neverseen").toString(),
                        "learning_seconds", 0L))),
                directory,
            };
            warmDirectoryCache(lines.parsed);
            report(lines.parsed);
        }

        Event enrich(Event event) {
            return run(enrichers, event);
        }

        /** As the kernel's enrich stage: a failing enricher or a null result leaves the event as it was. */
        static Event run(Enricher[] list, Event event) {
            Event e = event;
            for (Enricher en : list) {
                try {
                    Event out = en.enrich(e);
                    if (out != null) {
                        e = out;
                    }
                } catch (RuntimeException ex) {
                    // counted by the kernel; nothing to count here
                }
            }
            return e;
        }

        private Path copy(String name) throws IOException {
            try (InputStream in = EnrichmentShareBenchmark.class.getResourceAsStream("/" + name)) {
                if (in == null) {
                    throw new IllegalStateException(name + " not on the class path (org.elasticsearch:geolite2-databases)");
                }
                Path p = dir.resolve(name);
                Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
                return p;
            }
        }

        /** Steady state: every account of the mix looked up once (found or remembered as absent). */
        private void warmDirectoryCache(Event[] events) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            int expected = 0;
            for (Event e : events) {
                String u = e.getText(Fields.USER_NAME);
                if (u != null && ldapHas(u)) {
                    expected++;
                }
            }
            while (true) {
                int found = 0;
                for (Event e : events) {
                    if (directory.enrich(e).has(Fields.USER_FULL_NAME)) {
                        found++;
                    }
                }
                if (found >= expected) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("directory cache not warm after 60 s: " + found + " of " + expected);
                }
                Thread.sleep(50);
            }
            Thread.sleep(500); // the absent accounts' negative entries, queued in the same first pass
        }

        private boolean ldapHas(String user) {
            String account = user.substring(user.lastIndexOf('\\') + 1);
            int at = account.indexOf('@');
            account = at < 0 ? account : account.substring(0, at);
            try {
                return ldap.getEntry("cn=" + account + ",ou=People,dc=corp,dc=example") != null;
            } catch (com.unboundid.ldap.sdk.LDAPException e) {
                return false;
            }
        }

        /** Prints how many events each enricher changed: the mix's hit rates, for the write-up. */
        private void report(Event[] events) {
            StringBuilder sb = new StringBuilder("\n# ").append(events.length).append(" events from ").append(BATCH)
                    .append(" lines; changed by");
            for (Enricher en : enrichers) {
                int changed = 0;
                for (Event e : events) {
                    if (en.enrich(e) != e) {
                        changed++;
                    }
                }
                sb.append(' ').append(en.name()).append(' ').append(changed);
            }
            int publicAddr = 0;
            for (Event e : events) {
                for (IpAddress ip : new IpAddress[] {e.getIp(Fields.SOURCE_IP), e.getIp(Fields.DESTINATION_IP)}) {
                    if (ip != null && !ip.isV4() || ip != null && (ip.v4() >>> 24) != 10 && (ip.v4() >>> 20) != 0xac1
                            && (ip.v4() >>> 16) != 0xc0a8) {
                        publicAddr++;
                    }
                }
            }
            System.out.println(sb.append("; non-RFC1918 source/destination addresses ").append(publicAddr));
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            ldap.shutDown(true);
            LuceneStoreBenchmark.delete(dir);
        }
    }

    /** One enricher alone, or all of them, for {@code enrichOnly}. */
    @State(Scope.Benchmark)
    public static class Breakdown {
        @Param({"all", "geoip", "cloudprovider", "threatintel", "assettags", "neverseen", "directoryusers"})
        String enricher;
        Enricher[] list;

        @Setup(Level.Trial)
        public void setUp(Enrichment en) {
            if (enricher.equals("all")) {
                list = en.enrichers;
                return;
            }
            for (Enricher e : en.enrichers) {
                if (e.name().equals(enricher)) {
                    list = new Enricher[] {e};
                    return;
                }
            }
            throw new IllegalArgumentException("no enricher " + enricher);
        }
    }

    /** The embedded Lucene store with the shipped configuration, in a temporary directory. */
    @State(Scope.Benchmark)
    public static class Store {
        Path dir;
        StoreComponent store;
        long written;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            dir = Files.createTempDirectory("usiem-enrichshare-store");
            store = new StoreComponent(Configs.of(StoreConfig.class, Map.of("name", "enrichshare", "directory", dir.toString())));
        }

        @TearDown(Level.Trial)
        public void tearDown() throws Exception {
            store.deactivate();
            System.out.printf("%n# store: %d events, %.0f bytes on disk each%n", written,
                    written == 0 ? 0.0 : (double) LuceneStoreBenchmark.size(dir) / written);
            LuceneStoreBenchmark.delete(dir);
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void parse(Lines l, CpuPerLine cpu, Blackhole bh) {
        cpu.lines += BATCH;
        FirewallMix m = l.mix;
        for (int i = 0; i < BATCH; i++) {
            ParseResult r = m.parsers[i].parse(m.lines[i]);
            List<Event> events = r.events();
            for (int k = 0; k < events.size(); k++) {
                bh.consume(events.get(k));
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void parseEnrich(Lines l, Enrichment en, CpuPerLine cpu, Blackhole bh) {
        cpu.lines += BATCH;
        FirewallMix m = l.mix;
        for (int i = 0; i < BATCH; i++) {
            ParseResult r = m.parsers[i].parse(m.lines[i]);
            List<Event> events = r.events();
            for (int k = 0; k < events.size(); k++) {
                bh.consume(en.enrich(events.get(k)));
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void parseEnrichStore(Lines l, Enrichment en, Store s, CpuPerLine cpu) throws Exception {
        cpu.lines += BATCH;
        FirewallMix m = l.mix;
        List<Event> out = new ArrayList<>(BATCH + 16);
        for (int i = 0; i < BATCH; i++) {
            ParseResult r = m.parsers[i].parse(m.lines[i]);
            List<Event> events = r.events();
            for (int k = 0; k < events.size(); k++) {
                out.add(en.enrich(events.get(k)));
            }
        }
        s.store.write(out);
        s.written += out.size();
    }

    /** Per event of the mix (one per line), so its score compares with the others'. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void enrichOnly(Lines l, Breakdown b, CpuPerLine cpu, Blackhole bh) {
        cpu.lines += BATCH;
        for (Event e : l.parsed) {
            bh.consume(Enrichment.run(b.list, e));
        }
    }
}
