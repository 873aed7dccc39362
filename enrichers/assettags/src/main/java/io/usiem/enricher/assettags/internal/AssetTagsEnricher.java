package io.usiem.enricher.assettags.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import io.usiem.api.dataset.CidrSet;
import io.usiem.api.dataset.Dataset;
import io.usiem.api.dataset.DatasetRegistry;
import io.usiem.api.dataset.IpMap;
import io.usiem.api.dataset.TextMap;
import io.usiem.api.enrich.Enricher;
import io.usiem.api.event.Event;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Field;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;

/**
 * Looks the event's host (name, then addresses) and its source and destination addresses up in inventory
 * datasets and sets {@code <host|source|destination>.asset.criticality} and {@code .owner}, and adds the asset's
 * tags. Parsed values are cached by their text, so a hit allocates only the new event and a miss nothing.
 */
@Component(configurationPid = "io.usiem.enricher.assettags", service = Enricher.class)
@Designate(ocd = AssetTagsConfig.class)
public final class AssetTagsEnricher implements Enricher {
    private static final long RESOLVE_NANOS = 5_000_000_000L;
    private static final int MAX_PARSED = 100_000;

    private final DatasetRegistry registry;
    private final String[] hostNames;
    private final String[] ipNames;
    private final Map<String, Asset> parsed = new ConcurrentHashMap<>();
    private volatile Dataset[] hostSets = new Dataset[0];
    private volatile Dataset[] ipSets = new Dataset[0];
    private volatile long resolvedAt = Long.MIN_VALUE / 2;

    @Activate
    public AssetTagsEnricher(@Reference DatasetRegistry registry, AssetTagsConfig c) {
        this.registry = registry;
        this.hostNames = split(c.host_datasets());
        this.ipNames = split(c.ip_datasets());
    }

    @Override
    public String name() {
        return "assettags";
    }

    private void resolve() {
        long now = System.nanoTime();
        if (now - resolvedAt > RESOLVE_NANOS) {
            hostSets = find(hostNames);
            ipSets = find(ipNames);
            resolvedAt = now;
        }
    }

    private Dataset[] find(String[] names) {
        List<Dataset> l = new ArrayList<>();
        for (String n : names) {
            registry.find(n.trim()).ifPresent(l::add);
        }
        return l.toArray(new Dataset[0]);
    }

    @Override
    public Event enrich(Event event) {
        resolve();
        EventBuilder b = null;
        String host = lookupHost(event);
        if (host != null) {
            b = apply(event, null, host, AssetFields.HOST_CRITICALITY, AssetFields.HOST_OWNER);
        }
        String src = lookupIp(event, event.getIp(Fields.SOURCE_IP));
        if (src != null) {
            b = apply(event, b, src, AssetFields.SOURCE_CRITICALITY, AssetFields.SOURCE_OWNER);
        }
        String dst = lookupIp(event, event.getIp(Fields.DESTINATION_IP));
        if (dst != null) {
            b = apply(event, b, dst, AssetFields.DESTINATION_CRITICALITY, AssetFields.DESTINATION_OWNER);
        }
        return b == null ? event : b.build();
    }

    private @Nullable String lookupHost(Event e) {
        for (Dataset d : hostSets) {
            if (d instanceof TextMap m && forTenant(d, e)) {
                String v = text(m, e.getText(Fields.HOST_HOSTNAME));
                if (v == null) {
                    v = text(m, e.getText(Fields.HOST_NAME));
                }
                if (v != null) {
                    return v;
                }
            }
        }
        List<IpAddress> ips = e.getIpList(Fields.HOST_IP);
        for (int i = 0; i < ips.size(); i++) {
            String v = lookupIp(e, ips.get(i));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static @Nullable String text(TextMap m, @Nullable String key) {
        return key == null || key.isEmpty() ? null : m.get(key);
    }

    private @Nullable String lookupIp(Event e, @Nullable IpAddress ip) {
        if (ip == null) {
            return null;
        }
        for (Dataset d : ipSets) {
            if (!forTenant(d, e)) {
                continue;
            }
            String v = d instanceof IpMap m ? m.get(ip) : d instanceof CidrSet c ? c.match(ip) : null;
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return null;
    }

    private static boolean forTenant(Dataset d, Event e) {
        String t = d.tenant();
        return t == null || t.equals(e.tenant());
    }

    private EventBuilder apply(Event e, @Nullable EventBuilder b, String value, Field criticality, Field owner) {
        Asset a = parsed.get(value);
        if (a == null) {
            if (parsed.size() >= MAX_PARSED) {
                parsed.clear();
            }
            a = Asset.parse(value);
            parsed.put(value, a);
        }
        EventBuilder out = b != null ? b : e.toBuilder();
        if (a.criticality() != null) {
            out.set(criticality, a.criticality());
        }
        if (a.owner() != null) {
            out.set(owner, a.owner());
        }
        for (String t : a.tags()) {
            out.tag(t);
        }
        return out;
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
