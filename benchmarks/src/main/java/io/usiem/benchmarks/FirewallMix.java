package io.usiem.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.usiem.api.event.IpAddress;
import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.RawLog;
import io.usiem.parser.ciscoasa.internal.CiscoAsaParserAccess;
import io.usiem.parser.fortigate.internal.FortiGateParser;
import io.usiem.parser.opnsense.internal.FilterlogParserAccess;

/**
 * A realistic firewall line mix for the enrichment-share benchmark, with the dataset contents that go with it.
 *
 * <p>Lines: every line of the OPNsense filterlog, Cisco ASA and FortiGate golden files that parses, cycled to
 * {@code count} lines, each with its documentation addresses (RFC 5737, RFC 3849) replaced by public ones drawn
 * from a pool, so GeoIP and the dataset enrichers do real lookups; private addresses stay (they are the inside
 * hosts). The golden files are read from the source tree (run from the repository root, or set
 * {@code -Dusiem.source.root}).
 *
 * <p>Pool: {@value #POOL} public IPv4 addresses (1 in 10 inside a cloud range of the generated AWS/Azure-shaped
 * sets, 1 in 50 on the blocklist, the rest random routable addresses) and {@value #POOL_V6} IPv6 addresses (1 in
 * 4 in a cloud range). User names ({@code jdoe} in the golden files) are spread over {@value #USERS} accounts,
 * 3 in 4 of them in the directory.
 */
final class FirewallMix {
    static final int POOL = 2048;
    static final int POOL_V6 = 64;
    static final int USERS = 64;
    private static final Pattern DOC_V4 = Pattern.compile("(?<![\\d.])(?:192\\.0\\.2|198\\.51\\.100|203\\.0\\.113)\\.\\d{1,3}(?!\\d)");
    private static final Pattern DOC_V6 = Pattern.compile("(?i)2001:db8:[0-9a-f:]*[0-9a-f]|(?i)2001:db8::");
    private static final Pattern USER = Pattern.compile("\\bjdoe\\b");

    final RawLog[] lines;
    final LogParser[] parsers;
    /** Blocklist (IP_SET) entries: 200k random addresses plus the pool's listed ones and a Tor exit of the files. */
    final Map<String, String> blocklist = new HashMap<>();
    /** CIDR_SET entries of each provider, label {@code provider|region|service} as the importers write it. */
    final Map<String, String> aws = new HashMap<>();
    final Map<String, String> azure = new HashMap<>();
    /** Account names in the directory. */
    final List<String> directoryUsers = new ArrayList<>();

    FirewallMix(int count, long seed) {
        Random r = new Random(seed);
        List<int[]> v4Nets = cloudRanges(r);
        List<IpAddress> v4Pool = new ArrayList<>(POOL);
        for (int i = 0; i < POOL; i++) {
            IpAddress ip;
            if (i % 10 == 1) {
                int[] net = v4Nets.get(r.nextInt(v4Nets.size()));
                ip = IpAddress.ofV4(net[0] | (net[1] == 32 ? 0 : r.nextInt() >>> net[1]));
            } else {
                ip = IpAddress.ofV4(randomPublic(r));
            }
            if (i % 50 == 3) {
                blocklist.put(ip.toString(), null);
            }
            v4Pool.add(ip);
        }
        List<IpAddress> v6Pool = new ArrayList<>(POOL_V6);
        for (int i = 0; i < POOL_V6; i++) {
            long hi = i % 4 == 0 ? 0x2600_1f00_0000_0000L | (r.nextLong() & 0x0000_00ff_ffff_ffffL)
                    : 0x2a00_1450_4000_0000L | (r.nextLong() & 0x0000_0000_0fff_ffffL);
            v6Pool.add(IpAddress.ofV6(hi, r.nextLong()));
        }
        for (int i = 0; i < 200_000; i++) {
            blocklist.put(IpAddress.ofV4(r.nextInt()).toString(), null);
        }
        blocklist.put("185.220.101.4", null);
        for (int i = 0; i < 1000; i++) {
            // the mix's accounts u001..u048 are in the directory, u049..u064 are not
            directoryUsers.add(i < USERS * 3 / 4 ? String.format("u%03d", i + 1) : "staff" + i);
        }

        Path root = sourceRoot();
        List<String> templates = new ArrayList<>();
        List<LogParser> templateParsers = new ArrayList<>();
        LogParser filterlog = FilterlogParserAccess.utc();
        LogParser asa = CiscoAsaParserAccess.utc();
        LogParser fortigate = FortiGateParser.forZone(ZoneOffset.UTC);
        addGolden(root.resolve("parsers/opnsense/src/test/resources/golden/filterlog.log"), filterlog, templates, templateParsers);
        addGolden(root.resolve("parsers/ciscoasa/src/test/resources/golden/asa.log"), asa, templates, templateParsers);
        addGolden(root.resolve("parsers/fortigate/src/test/resources/golden/fortigate.log"), fortigate, templates, templateParsers);

        lines = new RawLog[count];
        parsers = new LogParser[count];
        int filled = 0;
        for (int i = 0; filled < count; i++) {
            int t = i % templates.size();
            String line = substitute(templates.get(t), r, v4Pool, v6Pool);
            RawLog raw = RawLog.of(line);
            if (!templateParsers.get(t).parse(raw).isParsed()) {
                continue; // an address the parser's format does not allow where it stood; rare, skip it
            }
            lines[filled] = raw;
            parsers[filled] = templateParsers.get(t);
            filled++;
        }
    }

    private static void addGolden(Path file, LogParser parser, List<String> templates, List<LogParser> parsers) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && parser.parse(RawLog.of(line)).isParsed()) {
                    templates.add(line);
                    parsers.add(parser);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("golden file " + file + " not readable", e);
        }
    }

    private static String substitute(String line, Random r, List<IpAddress> v4Pool, List<IpAddress> v6Pool) {
        Map<String, String> same = new LinkedHashMap<>();
        String out = replace(DOC_V4.matcher(line), same, () -> v4Pool.get(r.nextInt(v4Pool.size())).toString());
        out = replace(DOC_V6.matcher(out), same, () -> v6Pool.get(r.nextInt(v6Pool.size())).toString());
        String user = String.format("u%03d", 1 + r.nextInt(USERS));
        return USER.matcher(out).replaceAll(user);
    }

    /** The same documentation address twice in a line (NAT'd and real) gets the same public one. */
    private static String replace(Matcher m, Map<String, String> same, java.util.function.Supplier<String> next) {
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(same.computeIfAbsent(m.group(), k -> next.get())));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** A random unicast address outside the private, shared, loopback, link-local, documentation and test ranges. */
    private static int randomPublic(Random r) {
        while (true) {
            int a = r.nextInt();
            int o1 = a >>> 24;
            int o2 = (a >>> 16) & 0xff;
            boolean reserved = o1 == 0 || o1 == 10 || o1 == 127 || o1 >= 224
                    || o1 == 100 && (o2 & 0xc0) == 64 || o1 == 169 && o2 == 254 || o1 == 172 && (o2 & 0xf0) == 16
                    || o1 == 192 && (o2 == 168 || o2 == 0) || o1 == 198 && (o2 & 0xfe) == 18 || o1 == 198 && o2 == 51
                    || o1 == 203 && o2 == 0;
            if (!reserved) {
                return a;
            }
        }
    }

    /**
     * AWS {@code ip-ranges.json} + Azure Service Tags shaped ranges, as in {@code DatasetLookupBenchmark}: 49.5k IPv4
     * prefixes /11-/32 clustered in ten /8s with nesting, 15k IPv6 /32-/64; half of each labelled AWS, half Azure.
     *
     * @return the IPv4 networks as {address, prefix length}
     */
    private List<int[]> cloudRanges(Random r) {
        List<int[]> v4 = new ArrayList<>();
        int[] slash8 = {3, 13, 20, 34, 35, 40, 52, 54, 104, 137};
        for (int i = 0; i < 49_500; i++) {
            int len = i % 10 == 0 ? 11 + r.nextInt(6) : 18 + r.nextInt(15);
            int base = (slash8[r.nextInt(slash8.length)] << 24) | r.nextInt(1 << 24);
            int net = base & (-1 << (32 - len));
            v4.add(new int[] {net, len});
            String key = IpAddress.ofV4(net) + "/" + len;
            if (i % 2 == 0) {
                aws.put(key, "aws|us-east-1|EC2");
            } else {
                azure.put(key, "azure|westeurope|AzureCloud");
            }
        }
        for (int i = 0; i < 15_000; i++) {
            int len = 32 + r.nextInt(33);
            long hi = (i % 2 == 0 ? 0x2600_1f00_0000_0000L : 0x2603_1000_0000_0000L) | (r.nextLong() & 0x0000_00ff_ffff_ffffL);
            hi &= len == 64 ? -1L : ~(-1L >>> len);
            (i % 2 == 0 ? aws : azure).put(IpAddress.ofV6(hi, 0) + "/" + len, i % 2 == 0 ? "aws|us-west-2|EC2" : "azure|eastus|AzureCloud");
        }
        return v4;
    }

    /** The repository root: {@code -Dusiem.source.root}, else the working directory or one of its parents. */
    static Path sourceRoot() {
        String configured = System.getProperty("usiem.source.root");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("parsers/opnsense/src/test/resources/golden/filterlog.log"))) {
                return p;
            }
        }
        throw new IllegalStateException("parser golden files not found from " + Path.of("").toAbsolutePath()
                + ": run from the repository root or set -Dusiem.source.root");
    }
}
