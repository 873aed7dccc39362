package io.usiem.enricher.threatintel.internal;

import org.jspecify.annotations.Nullable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import io.usiem.api.dataset.CidrSet;
import io.usiem.api.dataset.Dataset;
import io.usiem.api.dataset.DatasetRegistry;
import io.usiem.api.dataset.IpMap;
import io.usiem.api.dataset.IpSet;
import io.usiem.api.dataset.TextMap;
import io.usiem.api.dataset.TextSet;
import io.usiem.api.enrich.Enricher;
import io.usiem.api.event.Event;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Field;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;

/**
 * Matches source/destination addresses, domains, URLs and file hashes against IOC datasets. The
 * first match fills {@code threat.indicator.*} (type, the observable, provider = the dataset's name,
 * description = the dataset's value or label) and adds the tag. Reads lock-free snapshots and
 * allocates nothing when nothing matches.
 */
@Component(configurationPid = "io.usiem.enricher.threatintel", service = Enricher.class)
@Designate(ocd = ThreatIntelConfig.class)
public final class ThreatIntelEnricher implements Enricher {
    private static final Field[] IP_FIELDS = {Fields.SOURCE_IP, Fields.DESTINATION_IP};
    private static final Field[] DOMAIN_FIELDS = {Fields.SOURCE_DOMAIN, Fields.DESTINATION_DOMAIN, Fields.URL_DOMAIN, Fields.DNS_QUESTION_NAME};
    private static final Field[] URL_FIELDS = {Fields.URL_ORIGINAL, Fields.URL_FULL};
    private static final Field[] HASH_FIELDS = {Fields.FILE_HASH_SHA256, Fields.FILE_HASH_SHA1, Fields.FILE_HASH_MD5,
        Fields.PROCESS_HASH_SHA256, Fields.PROCESS_HASH_SHA1, Fields.PROCESS_HASH_MD5};

    private final DatasetCache ipSets;
    private final DatasetCache textSets;
    private final String tag;

    @Activate
    public ThreatIntelEnricher(@Reference DatasetRegistry registry, ThreatIntelConfig config) {
        if (config.tag().isBlank()) {
            throw new IllegalArgumentException("threat intel enricher: tag must not be empty");
        }
        this.ipSets = new DatasetCache(registry, split(config.ip_datasets()));
        this.textSets = new DatasetCache(registry, split(config.text_datasets()));
        this.tag = config.tag().trim();
    }

    @Override
    public String name() {
        return "threatintel";
    }

    @Override
    public Event enrich(Event event) {
        Dataset[] ips = ipSets.get();
        if (ips.length > 0) {
            for (Field f : IP_FIELDS) {
                IpAddress ip = event.getIp(f);
                if (ip == null) {
                    continue;
                }
                for (Dataset d : ips) {
                    if (!forTenant(d, event)) {
                        continue;
                    }
                    String hit = matchIp(d, ip);
                    if (hit != null) {
                        EventBuilder b = annotate(event, d, hit, f, ip.isV4() ? "ipv4-addr" : "ipv6-addr");
                        return b.set(Fields.THREAT_INDICATOR_IP, ip).build();
                    }
                }
            }
        }
        Dataset[] texts = textSets.get();
        if (texts.length == 0) {
            return event;
        }
        Event e = matchText(event, texts, DOMAIN_FIELDS, "domain-name", Fields.THREAT_INDICATOR_DOMAIN);
        if (e == null) {
            e = matchText(event, texts, URL_FIELDS, "url", ThreatIntelFields.INDICATOR_URL_ORIGINAL);
        }
        if (e == null) {
            e = matchText(event, texts, HASH_FIELDS, "file", null);
        }
        return e == null ? event : e;
    }

    private @Nullable Event matchText(Event event, Dataset[] texts, Field[] fields, String type, @Nullable Field indicator) {
        for (Field f : fields) {
            String v = event.getText(f);
            if (v == null || v.isEmpty()) {
                continue;
            }
            for (Dataset d : texts) {
                if (!forTenant(d, event)) {
                    continue;
                }
                String hit = matchText(d, v);
                if (hit != null) {
                    EventBuilder b = annotate(event, d, hit, f, type);
                    b.set(indicator != null ? indicator : hashIndicator(f), v);
                    return b.build();
                }
            }
        }
        return null;
    }

    private static Field hashIndicator(Field f) {
        String n = f.name();
        if (n.endsWith("sha256")) {
            return ThreatIntelFields.INDICATOR_FILE_HASH_SHA256;
        }
        return n.endsWith("sha1") ? ThreatIntelFields.INDICATOR_FILE_HASH_SHA1 : ThreatIntelFields.INDICATOR_FILE_HASH_MD5;
    }

    private EventBuilder annotate(Event event, Dataset d, String hit, Field matched, String type) {
        EventBuilder b = event.toBuilder().tag(tag)
                .set(Fields.THREAT_INDICATOR_TYPE, type)
                .set(Fields.THREAT_INDICATOR_PROVIDER, d.name())
                .set(ThreatIntelFields.INDICATOR_MATCHED_FIELD, matched.name());
        if (!hit.isEmpty()) {
            b.set(ThreatIntelFields.INDICATOR_DESCRIPTION, hit);
        }
        return b;
    }

    static boolean forTenant(Dataset d, Event e) {
        String t = d.tenant();
        return t == null || t.equals(e.tenant());
    }

    /** @return "" for a set hit, the value or label for a map or CIDR hit, null for a miss */
    static @Nullable String matchIp(Dataset d, IpAddress ip) {
        if (d instanceof IpSet s) {
            return s.contains(ip) ? "" : null;
        }
        if (d instanceof CidrSet c) {
            return c.match(ip);
        }
        if (d instanceof IpMap m) {
            return m.get(ip);
        }
        return null;
    }

    static @Nullable String matchText(Dataset d, String v) {
        if (d instanceof TextSet s) {
            return s.contains(v) ? "" : null;
        }
        if (d instanceof TextMap m) {
            return m.get(v);
        }
        return null;
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
