package io.usiem.enricher.cloudprovider.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import io.usiem.api.dataset.CidrSet;
import io.usiem.api.dataset.Dataset;
import io.usiem.api.dataset.DatasetRegistry;
import io.usiem.api.enrich.Enricher;
import io.usiem.api.event.Event;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Field;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;

/**
 * Sets {@code cloud.provider}, {@code cloud.region} and {@code cloud.service.name} when an address of
 * the event lies in a provider's published ranges (CIDR datasets whose labels are
 * {@code provider|region|service}). Events that already name a cloud provider are left alone.
 */
@Component(configurationPid = "io.usiem.enricher.cloudprovider", service = Enricher.class)
@Designate(ocd = CloudProviderConfig.class)
public final class CloudProviderEnricher implements Enricher {
    private static final long RESOLVE_NANOS = 5_000_000_000L;

    private final DatasetRegistry registry;
    private final String[] names;
    private final Field[] fields;
    private volatile CidrSet[] sets = new CidrSet[0];
    private volatile long resolvedAt = Long.MIN_VALUE / 2;

    @Activate
    public CloudProviderEnricher(@Reference DatasetRegistry registry, CloudProviderConfig config) {
        this.registry = registry;
        this.names = split(config.datasets());
        List<Field> f = new ArrayList<>();
        for (String n : split(config.address_fields())) {
            switch (n.trim()) {
                case "destination.ip" -> f.add(Fields.DESTINATION_IP);
                case "source.ip" -> f.add(Fields.SOURCE_IP);
                default -> throw new IllegalArgumentException("cloud provider enricher: address.fields takes source.ip and destination.ip, not " + n);
            }
        }
        this.fields = f.toArray(new Field[0]);
    }

    @Override
    public String name() {
        return "cloudprovider";
    }

    private CidrSet[] sets() {
        long now = System.nanoTime();
        if (now - resolvedAt > RESOLVE_NANOS) {
            List<CidrSet> l = new ArrayList<>();
            for (String n : names) {
                registry.find(n.trim()).filter(CidrSet.class::isInstance).map(CidrSet.class::cast).ifPresent(l::add);
            }
            sets = l.toArray(new CidrSet[0]);
            resolvedAt = now;
        }
        return sets;
    }

    @Override
    public Event enrich(Event event) {
        CidrSet[] s = sets();
        if (s.length == 0 || event.has(Fields.CLOUD_PROVIDER)) {
            return event;
        }
        for (Field f : fields) {
            IpAddress ip = event.getIp(f);
            if (ip == null) {
                continue;
            }
            for (CidrSet c : s) {
                String tenant = c.tenant();
                if (tenant != null && !tenant.equals(event.tenant())) {
                    continue;
                }
                String label = c.match(ip);
                if (label != null) {
                    return apply(event.toBuilder(), label, ((Dataset) c).name()).build();
                }
            }
        }
        return event;
    }

    /** Splits {@code provider|region|service}; a label without bars is the provider (the dataset's name when empty). */
    static EventBuilder apply(EventBuilder b, String label, String datasetName) {
        int a = label.indexOf('|');
        if (a < 0) {
            return b.set(Fields.CLOUD_PROVIDER, label.isEmpty() ? datasetName : label);
        }
        int c = label.indexOf('|', a + 1);
        String provider = label.substring(0, a);
        String region = c < 0 ? label.substring(a + 1) : label.substring(a + 1, c);
        String service = c < 0 ? "" : label.substring(c + 1);
        b.set(Fields.CLOUD_PROVIDER, provider.isEmpty() ? datasetName : provider);
        if (!region.isEmpty()) {
            b.set(Fields.CLOUD_REGION, region);
        }
        if (!service.isEmpty()) {
            b.set(Fields.CLOUD_SERVICE_NAME, service);
        }
        return b;
    }

    /** Config lists arrive as arrays (metatype, typed configs) or as one comma-separated string (a .cfg file). */
    static String[] split(String[] values) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String v : values) {
            for (String s : v.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
        }
        return out.toArray(new String[0]);
    }
}
