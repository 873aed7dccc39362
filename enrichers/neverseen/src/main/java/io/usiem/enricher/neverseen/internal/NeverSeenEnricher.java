package io.usiem.enricher.neverseen.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.usiem.api.enrich.Enricher;
import io.usiem.api.event.Event;
import io.usiem.api.event.Field;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;

/**
 * Tags {@code never_seen_ip} when an event carries an address not seen within the TTL. Lock-free
 * (CAS inserts into a fixed table); a known address costs a hash and a few array reads, no allocation.
 */
@Component(configurationPid = "io.usiem.enricher.neverseen", service = Enricher.class)
@Designate(ocd = NeverSeenConfig.class)
public final class NeverSeenEnricher implements Enricher {
    static final String TAG = "never_seen_ip";
    private static final Logger LOG = LoggerFactory.getLogger(NeverSeenEnricher.class);

    private final Field[] fields;
    private final boolean includePrivate;
    private final SeenState state;
    private final LongSupplier clock;
    private final long tagFrom;
    private final @Nullable Path file;
    private final @Nullable ScheduledExecutorService maintenance;

    @Activate
    public NeverSeenEnricher(NeverSeenConfig c) {
        this(c, Path.of(c.directory().isBlank() ? System.getProperty("karaf.data", "data") + "/usiem/neverseen" : c.directory(), "seen.bin"),
                System::currentTimeMillis, true);
    }

    NeverSeenEnricher(NeverSeenConfig c, @Nullable Path file, LongSupplier clock, boolean background) {
        List<Field> f = new ArrayList<>();
        for (String s : split(c.ip_fields())) {
            f.add(switch (s.trim()) {
                case "source.ip" -> Fields.SOURCE_IP;
                case "destination.ip" -> Fields.DESTINATION_IP;
                case "client.ip" -> Fields.CLIENT_IP;
                case "server.ip" -> Fields.SERVER_IP;
                default -> throw new IllegalArgumentException("never-seen enricher: ip.fields takes source.ip, destination.ip, client.ip, server.ip; not " + s);
            });
        }
        if (c.max_addresses() < 1000 || c.ttl_seconds() < 60) {
            throw new IllegalArgumentException("never-seen enricher: max.addresses must be >= 1000 and ttl.seconds >= 60");
        }
        this.fields = f.toArray(new Field[0]);
        this.includePrivate = c.include_private();
        this.clock = clock;
        this.file = file;
        this.state = new SeenState(c.max_addresses(), c.ttl_seconds() * 1000, clock);
        boolean loaded = false;
        if (file != null) {
            try {
                loaded = state.load(file);
            } catch (IOException e) {
                LOG.warn("Never-seen state {} not loaded, starting empty: {}", file, e.toString());
            }
        }
        this.tagFrom = loaded ? Long.MIN_VALUE : clock.getAsLong() + c.learning_seconds() * 1000;
        if (background) {
            maintenance = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "usiem-neverseen");
                t.setDaemon(true);
                return t;
            });
            maintenance.scheduleWithFixedDelay(state::maybeRotate, 1, 1, TimeUnit.SECONDS);
            int every = Math.max(1, c.persist_interval_seconds());
            maintenance.scheduleWithFixedDelay(this::save, every, every, TimeUnit.SECONDS);
        } else {
            maintenance = null;
        }
    }

    @Override
    public String name() {
        return "neverseen";
    }

    @Override
    public Event enrich(Event event) {
        boolean fresh = false;
        for (Field f : fields) {
            IpAddress ip = event.getIp(f);
            if (ip != null && (includePrivate || ip.isPublic()) && state.firstSight(ip)) {
                fresh = true;
            }
        }
        if (!fresh || clock.getAsLong() < tagFrom) {
            return event;
        }
        return event.toBuilder().tag(TAG).build();
    }

    SeenState state() {
        return state;
    }

    void save() {
        if (file == null) {
            return;
        }
        try {
            state.save(file);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Never-seen state not saved to {}: {}", file, e.toString());
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        if (maintenance != null) {
            maintenance.shutdownNow();
            maintenance.awaitTermination(10, TimeUnit.SECONDS);
        }
        save();
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
