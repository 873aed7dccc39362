package io.usiem.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;

import io.usiem.api.dataset.Dataset;
import io.usiem.api.dataset.DatasetKind;
import io.usiem.api.event.IpAddress;
import io.usiem.connector.datasets.internal.DatasetFactory;

/** The IOC, asset inventory and directory fixtures of {@link EnrichmentShareBenchmark}, at realistic sizes. */
final class EnrichmentFixtures {
    private EnrichmentFixtures() {
    }

    /** 50k IOC domains (a TEXT_SET, as threat feeds import them). */
    static Map<String, String> iocs() {
        Random r = new Random(5);
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            m.put("bad" + Integer.toHexString(r.nextInt()) + ".example", null);
        }
        return m;
    }

    /**
     * An inventory: 5k hosts by address in 10.0.0.0/8 (among them inside hosts of the golden lines), 500 /24
     * networks in 172.16.0.0/12 and 192.168.0.0/16, 5k host names.
     */
    static void assets(Map<String, Dataset> sets) {
        Random r = new Random(7);
        String[] crit = {"low_impact", "medium_impact", "high_impact", "extreme_impact"};
        Map<String, String> ips = new HashMap<>();
        for (int i = 0; i < 5000; i++) {
            ips.put(IpAddress.ofV4(0x0A00_0000 | r.nextInt(1 << 24)).toString(),
                    "criticality=" + crit[r.nextInt(4)] + ";owner=team" + r.nextInt(20) + ";tags=server");
        }
        for (String known : new String[] {"10.0.0.5", "10.0.0.20", "10.10.20.15", "10.170.12.50"}) {
            ips.put(known, "criticality=high_impact;owner=infra;tags=pci,tier1");
        }
        Map<String, String> nets = new HashMap<>();
        for (int i = 0; i < 500; i++) {
            int base = i % 2 == 0 ? 0xAC10_0000 | (r.nextInt(1 << 12) << 8) : 0xC0A8_0000 | (r.nextInt(256) << 8);
            nets.put(IpAddress.ofV4(base) + "/24", "criticality=medium_impact;owner=netops;tags=office");
        }
        nets.put("172.16.0.0/24", "criticality=high_impact;owner=web;tags=dmz");
        Map<String, String> hosts = new HashMap<>();
        for (int i = 0; i < 5000; i++) {
            hosts.put("host" + i, "criticality=" + crit[i % 4] + ";owner=team" + (i % 20));
        }
        sets.put("asset_ips", DatasetFactory.build("asset_ips", DatasetKind.IP_MAP, ips));
        sets.put("asset_networks", DatasetFactory.build("asset_networks", DatasetKind.CIDR_SET, nets));
        sets.put("assets", DatasetFactory.build("assets", DatasetKind.TEXT_MAP, hosts));
    }

    /** UnboundID's in-memory directory on loopback, AD-shaped entries (as the enricher's own tests use). */
    static InMemoryDirectoryServer directoryServer(List<String> users) throws Exception {
        InMemoryDirectoryServerConfig cfg = new InMemoryDirectoryServerConfig("dc=corp,dc=example");
        cfg.addAdditionalBindCredentials("cn=svc-usiem,dc=corp,dc=example", "secret");
        cfg.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", java.net.InetAddress.getLoopbackAddress(), 0, null));
        cfg.setSchema(null); // sAMAccountName, memberOf, userAccountControl are not in the standard schema
        InMemoryDirectoryServer server = new InMemoryDirectoryServer(cfg);
        server.add("dn: dc=corp,dc=example", "objectClass: top", "objectClass: domain", "dc: corp");
        server.add("dn: ou=People,dc=corp,dc=example", "objectClass: organizationalUnit", "ou: People");
        for (String u : users) {
            server.add("dn: cn=" + u + ",ou=People,dc=corp,dc=example", "objectClass: user", "cn: " + u,
                    "sAMAccountName: " + u, "displayName: User " + u, "mail: " + u + "@corp.example", "department: Finance",
                    "memberOf: CN=Staff,OU=Groups,DC=corp,DC=example", "memberOf: CN=VPN Users,OU=Groups,DC=corp,DC=example",
                    "manager: CN=Bob Stone,OU=People,DC=corp,DC=example", "userAccountControl: 512");
        }
        server.startListening();
        return server;
    }
}
