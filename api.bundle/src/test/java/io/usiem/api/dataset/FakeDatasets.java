package io.usiem.api.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.usiem.api.event.IpAddress;

/**
 * Minimal datasets for plug-ins' tests (the real ones live in the datasets bundle), shared through this module's
 * test-jar so every enricher tests against the same fakes.
 */
public final class FakeDatasets implements DatasetRegistry {
    /** The datasets {@link #find} and {@link #all} answer from; tests add to it. */
    public final List<Dataset> all = new ArrayList<>();

    @Override
    public Optional<Dataset> find(String name) {
        return all.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    @Override
    public List<Dataset> all() {
        return all;
    }

    abstract static class Base implements Dataset {
        private final String name;
        private final DatasetKind kind;

        Base(String name, DatasetKind kind) {
            this.name = name;
            this.kind = kind;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public DatasetKind kind() {
            return kind;
        }

        @Override
        public long size() {
            return 1;
        }

        @Override
        public long lastUpdatedMillis() {
            return 0;
        }

        @Override
        public String source() {
            return "test";
        }
    }

    public static IpSet tenantIps(String name, String tenant, String... ips) {
        IpSet inner = ips(name, ips);
        class S extends Base implements IpSet {
            S() {
                super(name, DatasetKind.IP_SET);
            }

            @Override
            public boolean contains(IpAddress ip) {
                return inner.contains(ip);
            }

            @Override
            public String tenant() {
                return tenant;
            }
        }
        return new S();
    }

    public static IpSet ips(String name, String... ips) {
        Set<IpAddress> s = new java.util.HashSet<>();
        for (String i : ips) {
            s.add(IpAddress.parse(i));
        }
        class S extends Base implements IpSet {
            S() {
                super(name, DatasetKind.IP_SET);
            }

            @Override
            public boolean contains(IpAddress ip) {
                return s.contains(ip);
            }
        }
        return new S();
    }

    public static CidrSet cidr(String name, String net, int len, String label) {
        IpAddress n = IpAddress.parse(net);
        class C extends Base implements CidrSet {
            C() {
                super(name, DatasetKind.CIDR_SET);
            }

            @Override
            public String match(IpAddress ip) {
                return ip.isIn(n, len) ? label : null;
            }
        }
        return new C();
    }

    public static TextSet texts(String name, String... values) {
        Set<String> s = Set.of(values);
        class T extends Base implements TextSet {
            T() {
                super(name, DatasetKind.TEXT_SET);
            }

            @Override
            public boolean contains(String value) {
                return s.contains(value.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return new T();
    }

    public static TextMap map(String name, Map<String, String> m) {
        class M extends Base implements TextMap {
            M() {
                super(name, DatasetKind.TEXT_MAP);
            }

            @Override
            public String get(String key) {
                return m.get(key);
            }
        }
        return new M();
    }

}
