package io.usiem.parser.fortigate.internal;

import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code network.direction} for logs that do not name one (traffic logs write no dir=), as Elastic's
 * integration decides it: from which addresses are internal (networks, default {@code private}: RFC 1918
 * and RFC 4193), then, when configured, from which interfaces are internal or external.
 */
final class Direction {
    /** Elastic's default: the private ranges are the inside. */
    static final Direction DEFAULT = new Direction("private", "", "");

    private final List<IpAddress> networks = new ArrayList<>();
    private final List<Integer> prefixes = new ArrayList<>();
    private final Set<String> internalInterfaces;
    private final Set<String> externalInterfaces;

    /**
     * @param internalNetworks comma-separated CIDRs or {@code private}
     * @param internalInterfaces comma-separated interface names
     * @param externalInterfaces comma-separated interface names
     * @throws IllegalArgumentException when a network is neither a CIDR nor {@code private}
     */
    Direction(String internalNetworks, String internalInterfaces, String externalInterfaces) {
        for (String n : names(internalNetworks)) {
            if (n.equals("private")) {
                add("10.0.0.0/8");
                add("172.16.0.0/12");
                add("192.168.0.0/16");
                add("fc00::/7");
            } else {
                add(n);
            }
        }
        this.internalInterfaces = names(internalInterfaces);
        this.externalInterfaces = names(externalInterfaces);
    }

    private void add(String cidr) {
        int slash = cidr.indexOf('/');
        IpAddress ip = IpAddress.tryParse(slash < 0 ? cidr : cidr.substring(0, slash));
        int prefix;
        try {
            prefix = slash < 0 ? (ip != null && ip.isV4() ? 32 : 128) : Integer.parseInt(cidr.substring(slash + 1));
        } catch (NumberFormatException e) {
            prefix = -1;
        }
        if (ip == null || prefix < 0 || prefix > (ip.isV4() ? 32 : 128)) {
            throw new IllegalArgumentException(FortiGateConfig.PID + ": internalNetworks: '" + cidr
                    + "' is neither a CIDR nor 'private'");
        }
        networks.add(ip);
        prefixes.add(prefix);
    }

    private static Set<String> names(String list) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : list == null ? new String[0] : list.split(",")) {
            if (!name.isBlank()) {
                names.add(name.trim());
            }
        }
        return Set.copyOf(names);
    }

    /** Sets network.direction unless the log named one. */
    void apply(EventBuilder b) {
        if (!b.has(Fields.NETWORK_DIRECTION) && !networks.isEmpty()) {
            Object src = b.get(Fields.SOURCE_IP);
            Object dst = b.get(Fields.DESTINATION_IP);
            if (src instanceof IpAddress && dst instanceof IpAddress) {
                boolean in = internal((IpAddress) src);
                boolean out = internal((IpAddress) dst);
                b.set(Fields.NETWORK_DIRECTION, in ? (out ? "internal" : "outbound") : (out ? "inbound" : "external"));
            }
        }
        if (internalInterfaces.isEmpty() && externalInterfaces.isEmpty()) {
            return;
        }
        Object from = b.get(Fields.OBSERVER_INGRESS_INTERFACE);
        Object to = b.get(Fields.OBSERVER_EGRESS_INTERFACE);
        if (from instanceof String && to instanceof String) {
            boolean inInternal = internalInterfaces.contains(from);
            boolean inExternal = externalInterfaces.contains(from);
            boolean outInternal = internalInterfaces.contains(to);
            boolean outExternal = externalInterfaces.contains(to);
            String direction = inExternal && outInternal ? "inbound" : inInternal && outExternal ? "outbound"
                    : inInternal && outInternal ? "internal" : inExternal && outExternal ? "external" : "unknown";
            b.set(Fields.NETWORK_DIRECTION, direction);
        }
    }

    private boolean internal(IpAddress ip) {
        for (int i = 0; i < networks.size(); i++) {
            if (ip.isIn(networks.get(i), prefixes.get(i))) {
                return true;
            }
        }
        return false;
    }
}
