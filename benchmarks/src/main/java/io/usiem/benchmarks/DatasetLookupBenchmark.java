package io.usiem.benchmarks;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import io.usiem.api.dataset.CidrSet;
import io.usiem.api.dataset.DatasetKind;
import io.usiem.api.dataset.IpSet;
import io.usiem.api.dataset.TextMap;
import io.usiem.api.event.IpAddress;
import io.usiem.connector.datasets.internal.DatasetFactory;

/**
 * Dataset lookups per second on one thread, as the enrichers make them (goals: >= 10M/s IP set,
 * >= 5M/s CIDR set). One operation is one lookup; each invocation walks {@value #BATCH} prepared
 * addresses or keys, half of them hits.
 * <ul>
 * <li>{@code ipSet}: 200k addresses (an IPsum-sized blocklist), IPv4.</li>
 * <li>{@code cidrSetV4}/{@code cidrSetV6}: ranges shaped like AWS {@code ip-ranges.json} plus Azure
 * Service Tags (~9.5k + ~40k IPv4 prefixes /8-/32 with nesting, ~15k IPv6 /32-/64), generated with a
 * fixed seed because the real files are not available offline.</li>
 * <li>{@code textMap}: 100k lower-case domains, case-insensitive dataset.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DatasetLookupBenchmark {
    static final int BATCH = 1024;

    IpSet ipSet;
    CidrSet cidrs;
    TextMap textMap;
    IpAddress[] ipProbes = new IpAddress[BATCH];
    IpAddress[] v4Probes = new IpAddress[BATCH];
    IpAddress[] v6Probes = new IpAddress[BATCH];
    String[] textProbes = new String[BATCH];

    @Setup
    public void setup() {
        Random r = new Random(42);
        Map<String, String> ips = new HashMap<>();
        int[] members = new int[200_000];
        for (int i = 0; i < members.length; i++) {
            members[i] = r.nextInt();
            ips.put(IpAddress.ofV4(members[i]).toString(), null);
        }
        ipSet = (IpSet) DatasetFactory.build("ipsum", DatasetKind.IP_SET, ips);
        for (int i = 0; i < BATCH; i++) {
            ipProbes[i] = IpAddress.ofV4(i % 2 == 0 ? members[r.nextInt(members.length)] : r.nextInt());
        }

        Map<String, String> nets = new HashMap<>();
        int[] v4Nets = new int[49_500];
        int[] v4Lens = new int[v4Nets.length];
        for (int i = 0; i < v4Nets.length; i++) {
            // cloud blocks cluster in a few /8s and nest (a region /16 holding service /22s and /28s)
            int len = i % 10 == 0 ? 11 + r.nextInt(6) : 18 + r.nextInt(15);
            int base = (new int[] {3, 13, 20, 34, 35, 40, 52, 54, 104, 137}[r.nextInt(10)] << 24) | r.nextInt(1 << 24);
            v4Nets[i] = base & (len == 0 ? 0 : -1 << (32 - len));
            v4Lens[i] = len;
            nets.put(IpAddress.ofV4(v4Nets[i]) + "/" + len, (i % 2 == 0 ? "aws|us-east-1|EC2" : "azure|westeurope|AzureCloud"));
        }
        long[] v6Hi = new long[15_000];
        for (int i = 0; i < v6Hi.length; i++) {
            int len = 32 + r.nextInt(33);
            long hi = (i % 2 == 0 ? 0x2600_1f00_0000_0000L : 0x2603_1000_0000_0000L) | (r.nextLong() & 0x0000_00ff_ffff_ffffL);
            hi &= len == 64 ? -1L : ~(-1L >>> len);
            v6Hi[i] = hi;
            nets.put(IpAddress.ofV6(hi, 0) + "/" + len, "aws|us-west-2|EC2");
        }
        cidrs = (CidrSet) DatasetFactory.build("cloud", DatasetKind.CIDR_SET, nets);
        for (int i = 0; i < BATCH; i++) {
            int k = r.nextInt(v4Nets.length);
            int host = v4Lens[k] == 32 ? 0 : r.nextInt() >>> v4Lens[k];
            v4Probes[i] = IpAddress.ofV4(i % 2 == 0 ? v4Nets[k] | host : r.nextInt());
            v6Probes[i] = IpAddress.ofV6(i % 2 == 0 ? v6Hi[r.nextInt(v6Hi.length)] : r.nextLong(), r.nextLong());
        }

        Map<String, String> domains = new HashMap<>();
        String[] keys = new String[100_000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = "host" + Integer.toHexString(r.nextInt()) + ".example" + (i % 50) + ".com";
            domains.put(keys[i], "malware");
        }
        textMap = (TextMap) DatasetFactory.build("domains", DatasetKind.TEXT_MAP, domains);
        for (int i = 0; i < BATCH; i++) {
            textProbes[i] = new String(i % 2 == 0 ? keys[r.nextInt(keys.length)] : "miss" + r.nextInt() + ".example.org");
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void ipSet(Blackhole bh) {
        for (IpAddress ip : ipProbes) {
            bh.consume(ipSet.contains(ip));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void cidrSetV4(Blackhole bh) {
        for (IpAddress ip : v4Probes) {
            bh.consume(cidrs.match(ip));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void cidrSetV6(Blackhole bh) {
        for (IpAddress ip : v6Probes) {
            bh.consume(cidrs.match(ip));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void textMap(Blackhole bh) {
        for (String k : textProbes) {
            bh.consume(textMap.get(k));
        }
    }
}
