package io.usiem.parser.panos.internal;

import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Fields;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code network.direction} of TRAFFIC logs from the zones a session crossed, given which zones are inside
 * and which outside the network (configuration), as Elastic's integration does with its zone lists.
 */
final class ZoneDirection {
    /** No zones configured: no direction. */
    static final ZoneDirection NONE = new ZoneDirection("", "");

    private final Set<String> internal;
    private final Set<String> external;

    ZoneDirection(String internal, String external) {
        this.internal = names(internal);
        this.external = names(external);
    }

    private static Set<String> names(String list) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String name : list == null ? new String[0] : list.split(",")) {
            if (!name.isBlank()) {
                names.add(name.trim());
            }
        }
        return Set.copyOf(names);
    }

    /** @param from the ingress zone, or null @param to the egress zone, or null @param b receives the direction */
    void apply(String from, String to, EventBuilder b) {
        if (internal.isEmpty() && external.isEmpty() || from == null || to == null) {
            return;
        }
        String direction;
        if (external.contains(from) && internal.contains(to)) {
            direction = "inbound";
        } else if (internal.contains(from) && external.contains(to)) {
            direction = "outbound";
        } else if (internal.contains(from) && internal.contains(to)) {
            direction = "internal";
        } else if (external.contains(from) && external.contains(to)) {
            direction = "external";
        } else {
            direction = "unknown";
        }
        b.set(Fields.NETWORK_DIRECTION, direction);
    }
}
