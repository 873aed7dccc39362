package io.usiem.connector.gathering.internal;

import org.jspecify.annotations.Nullable;

import io.usiem.api.enrich.Enricher;
import io.usiem.api.event.Event;
import io.usiem.api.event.Field;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;

/**
 * The enrich-stage side of a gatherer: it changes no event; it hands public addresses (and, for APIs
 * that know them, domains and hashes) of events carrying the configured tag to the {@link Gatherer}.
 * Registered with a low ranking so it runs after the never-seen enricher has tagged the event.
 */
abstract class GatheringEnricher implements Enricher {
    private static final Field[] IPS = {Fields.SOURCE_IP, Fields.DESTINATION_IP};
    private static final Field[] DOMAINS = {Fields.DESTINATION_DOMAIN, Fields.URL_DOMAIN, Fields.DNS_QUESTION_NAME};
    private static final Field[] HASHES = {Fields.FILE_HASH_SHA256, Fields.FILE_HASH_SHA1, Fields.FILE_HASH_MD5, Fields.PROCESS_HASH_SHA256};

    private final Gatherer gatherer;
    private final @Nullable String requireTag;
    private final boolean texts;

    GatheringEnricher(Gatherer gatherer, String requireTag, boolean texts) {
        this.gatherer = gatherer;
        this.requireTag = requireTag.isBlank() ? null : requireTag.trim();
        this.texts = texts;
    }

    Gatherer gatherer() {
        return gatherer;
    }

    @Override
    public Event enrich(Event event) {
        if (requireTag != null && !event.hasTag(requireTag)) {
            return event;
        }
        for (Field f : IPS) {
            IpAddress ip = event.getIp(f);
            if (ip != null && ip.isPublic()) {
                gatherer.offer(Lookup.Kind.IP, ip);
            }
        }
        if (texts) {
            for (Field f : DOMAINS) {
                String d = event.getText(f);
                if (d != null && d.indexOf('.') > 0) {
                    gatherer.offer(Lookup.Kind.DOMAIN, d);
                }
            }
            for (Field f : HASHES) {
                String h = event.getText(f);
                if (h != null && h.length() >= 32) {
                    gatherer.offer(Lookup.Kind.HASH, h);
                }
            }
        }
        return event;
    }
}
