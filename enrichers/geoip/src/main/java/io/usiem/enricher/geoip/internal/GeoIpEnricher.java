package io.usiem.enricher.geoip.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.maxmind.db.Reader;

import io.usiem.api.enrich.Enricher;
import io.usiem.api.event.Event;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.IpAddress;

/**
 * Adds {@code <prefix>.geo.*} (country, continent, region, city, location, time zone) and
 * {@code <prefix>.as.*} from MaxMind DB files for each configured address field. Private, loopback
 * and other non-routable addresses are skipped before any lookup (no allocation). The files are
 * checked for replacement on a background thread and swapped without a restart.
 */
@Component(configurationPid = "io.usiem.enricher.geoip", service = Enricher.class)
@Designate(ocd = GeoIpConfig.class)
public final class GeoIpEnricher implements Enricher {
    private static final Logger LOG = LoggerFactory.getLogger(GeoIpEnricher.class);
    private final MmdbFile city;
    private final MmdbFile asn;
    private final GeoFields[] fields;
    private final GeoCache cache = new GeoCache();
    private final @Nullable ScheduledExecutorService watcher;

    @Activate
    public GeoIpEnricher(GeoIpConfig config) {
        this(path(config.city_database(), "GeoLite2-City.mmdb"), path(config.asn_database(), "GeoLite2-ASN.mmdb"),
                split(config.ip_fields()), config.check_interval_seconds());
    }

    /** @param checkSeconds seconds between file checks; 0: no watcher thread (tests call {@link #checkFiles()}) */
    GeoIpEnricher(@Nullable Path cityDb, @Nullable Path asnDb, String[] ipFields, int checkSeconds) {
        List<GeoFields> f = new ArrayList<>();
        for (String s : ipFields) {
            f.add(GeoFields.of(s));
        }
        this.fields = f.toArray(new GeoFields[0]);
        this.city = new MmdbFile(cityDb);
        this.asn = new MmdbFile(asnDb);
        checkFiles();
        if (checkSeconds > 0) {
            watcher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "usiem-geoip-watch");
                t.setDaemon(true);
                return t;
            });
            watcher.scheduleWithFixedDelay(this::checkFiles, checkSeconds, checkSeconds, TimeUnit.SECONDS);
        } else {
            watcher = null;
        }
    }

    private static @Nullable Path path(String configured, String defaultName) {
        String c = configured.trim();
        if (c.equals("-")) {
            return null;
        }
        return c.isEmpty() ? Path.of(System.getProperty("karaf.data", "data"), "usiem", "geoip", defaultName) : Path.of(c);
    }

    /** Reloads replaced database files. */
    void checkFiles() {
        city.check();
        asn.check();
    }

    String status() {
        return "city: " + city.status() + "; asn: " + asn.status();
    }

    @Deactivate
    void deactivate() {
        if (watcher != null) {
            watcher.shutdownNow();
        }
        city.close();
        asn.close();
    }

    @Override
    public String name() {
        return "geoip";
    }

    @Override
    public Event enrich(Event event) {
        Reader c = city.reader();
        Reader a = asn.reader();
        if (c == null && a == null) {
            return event;
        }
        EventBuilder b = null;
        for (GeoFields f : fields) {
            IpAddress ip = event.getIp(f.ip);
            if (ip == null || !ip.isPublic() || event.has(f.countryIso) || event.has(f.asNumber)) {
                continue;
            }
            try {
                GeoCache.Entry known = cache.get(ip, c, a);
                if (known == null) {
                    InetAddress inet = InetAddress.getByAddress(ip.toBytes());
                    known = new GeoCache.Entry(ip, c, a, c == null ? null : c.get(inet, GeoRecords.City.class),
                            a == null ? null : a.get(inet, GeoRecords.Asn.class));
                    cache.put(known);
                }
                GeoRecords.City r = known.cityRecord();
                GeoRecords.Asn as = known.asnRecord();
                if (r != null || as != null && as.number != null) {
                    if (b == null) {
                        b = event.toBuilder();
                    }
                    setCity(b, f, r);
                    setAsn(b, f, as);
                }
            } catch (IOException | RuntimeException e) {
                // a database being swapped or corrupt: this event goes on without geo data
                LOG.debug("GeoIP lookup of {} failed", ip, e);
            }
        }
        return b == null ? event : b.build();
    }

    private static void setCity(EventBuilder b, GeoFields f, GeoRecords.@Nullable City r) {
        if (r == null) {
            return;
        }
        if (r.country != null) {
            b.set(f.countryIso, r.country.isoCode);
            b.set(f.countryName, r.country.english());
        }
        if (r.continent != null) {
            b.set(f.continentName, r.continent.english());
            b.set(f.continentCode, r.continent.code);
        }
        if (r.city != null) {
            b.set(f.cityName, r.city.english());
        }
        if (r.subdivisions != null && !r.subdivisions.isEmpty() && r.subdivisions.get(0) != null) {
            GeoRecords.Subdivision s = r.subdivisions.get(0);
            if (s.isoCode != null && r.country != null && r.country.isoCode != null) {
                b.set(f.regionIso, r.country.isoCode + "-" + s.isoCode);
            }
            b.set(f.regionName, s.names == null ? null : s.names.get("en"));
        }
        if (r.location != null) {
            if (r.location.latitude != null && r.location.longitude != null) {
                b.set(f.lat, r.location.latitude.doubleValue());
                b.set(f.lon, r.location.longitude.doubleValue());
            }
            b.set(f.timezone, r.location.timeZone);
        }
    }

    private static void setAsn(EventBuilder b, GeoFields f, GeoRecords.@Nullable Asn as) {
        if (as == null || as.number == null) {
            return;
        }
        b.set(f.asNumber, as.number.longValue());
        b.set(f.asOrg, as.organization);
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
