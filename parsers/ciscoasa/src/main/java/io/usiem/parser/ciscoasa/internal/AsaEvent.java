package io.usiem.parser.ciscoasa.internal;

import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.parser.TextScan;

import java.util.Locale;

/**
 * The event being built from one message, with the writes the message formats share: the two sides of a
 * flow (address, port, interface, mapped address, user), the transport, durations and users.
 */
final class AsaEvent {
    final EventBuilder b;
    final AsaFields f;
    /** related.ip, gathered and written once: each append would copy the list. */
    private final IpAddress[] related = new IpAddress[6];
    private int relatedCount;

    /** One side of a flow as a message names it. */
    static final class Side {
        String iface;
        IpAddress ip;
        String host;
        long port = -1;
        IpAddress mappedIp;
        long mappedPort = -1;
        String user;

        /** Takes the cursor's last endpoint. */
        Side from(Cursor c) {
            iface = c.iface;
            ip = c.ip;
            host = c.host;
            port = c.port;
            return this;
        }
    }

    AsaEvent(EventBuilder b, AsaFields f) {
        this.b = b;
        this.f = f;
    }

    /** Adds an address to related.ip (once). */
    void related(IpAddress ip) {
        for (int i = 0; i < relatedCount; i++) {
            if (related[i].equals(ip)) {
                return;
            }
        }
        if (relatedCount < related.length) {
            related[relatedCount++] = ip;
        }
    }

    /** Writes what was gathered; call once, after the message's fields. */
    void finish() {
        if (relatedCount > 0) {
            b.setIps(Fields.RELATED_IP, java.util.Arrays.asList(related).subList(0, relatedCount));
        }
    }

    void source(Side s) {
        if (s.ip != null) {
            b.set(Fields.SOURCE_IP, s.ip);
            related(s.ip);
        } else if (s.host != null) {
            b.set(Fields.SOURCE_DOMAIN, s.host);
        }
        if (s.port >= 0) {
            b.set(Fields.SOURCE_PORT, s.port);
        }
        if (s.iface != null) {
            b.set(f.sourceInterface, s.iface).set(Fields.OBSERVER_INGRESS_INTERFACE, s.iface);
        }
        if (s.mappedIp != null) {
            b.set(f.mappedSourceIp, s.mappedIp);
            // The mapped address is always logged; ECS nat fields only when a translation happened.
            if (!s.mappedIp.equals(s.ip)) {
                b.set(Fields.SOURCE_NAT_IP, s.mappedIp);
                related(s.mappedIp);
            }
        }
        if (s.mappedPort >= 0) {
            b.set(f.mappedSourcePort, s.mappedPort);
            if (s.mappedPort != s.port) {
                b.set(Fields.SOURCE_NAT_PORT, s.mappedPort);
            }
        }
        if (s.user != null) {
            user(s.user, true);
        }
    }

    void destination(Side s) {
        if (s.ip != null) {
            b.set(Fields.DESTINATION_IP, s.ip);
            related(s.ip);
        } else if (s.host != null) {
            b.set(Fields.DESTINATION_DOMAIN, s.host);
        }
        if (s.port >= 0) {
            b.set(Fields.DESTINATION_PORT, s.port);
        }
        if (s.iface != null) {
            b.set(f.destinationInterface, s.iface).set(Fields.OBSERVER_EGRESS_INTERFACE, s.iface);
        }
        if (s.mappedIp != null) {
            b.set(f.mappedDestinationIp, s.mappedIp);
            if (!s.mappedIp.equals(s.ip)) {
                b.set(Fields.DESTINATION_NAT_IP, s.mappedIp);
                related(s.mappedIp);
            }
        }
        if (s.mappedPort >= 0) {
            b.set(f.mappedDestinationPort, s.mappedPort);
            if (s.mappedPort != s.port) {
                b.set(Fields.DESTINATION_NAT_PORT, s.mappedPort);
            }
        }
        if (s.user != null) {
            user(s.user, false);
        }
    }

    /**
     * A user as ASA writes it: {@code LOCAL\jdoe}, {@code CORP\jdoe}, {@code jdoe@corp.example},
     * {@code jdoe, 12:Sales} (identity firewall user with a security group tag). {@code LOCAL} is the ASA's
     * own database, not a domain. The source user is also {@code user.name}.
     */
    void user(String raw, boolean source) {
        String name = raw;
        int comma = name.indexOf(',');
        if (comma >= 0) {
            name = name.substring(0, comma);
        }
        name = name.strip();
        String domain = null;
        int slash = name.lastIndexOf('\\');
        if (slash >= 0) {
            domain = name.substring(0, slash);
            name = name.substring(slash + 1);
            if ("LOCAL".equals(domain) || domain.isEmpty()) {
                domain = null;
            }
        }
        if (name.isEmpty() || isNumber(name)) {
            return; // only a security group tag
        }
        if (name.chars().allMatch(ch -> ch == '*')) {
            // ASA masks a name it does not know ("*****"): kept as logged, but it names no user.
            b.set(source ? f.sourceUsername : f.destinationUsername, name);
            return;
        }
        if (source) {
            b.set(f.sourceUsername, raw.strip()).set(Fields.SOURCE_USER_NAME, name).set(Fields.USER_NAME, name);
            if (domain != null) {
                b.set(AsaFields.SOURCE_USER_DOMAIN, domain).set(Fields.USER_DOMAIN, domain);
            }
        } else {
            b.set(f.destinationUsername, raw.strip()).set(AsaFields.DESTINATION_USER_NAME, name);
            if (domain != null) {
                b.set(AsaFields.DESTINATION_USER_DOMAIN, domain);
            }
        }
        b.append(Fields.RELATED_USER, name);
    }

    private static boolean isNumber(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!TextScan.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** network.transport and network.iana_number from ASA's protocol word ({@code TCP}, {@code icmp}, {@code 47}). */
    void transport(String proto) {
        if (proto == null) {
            return;
        }
        String t;
        String iana;
        switch (proto) {
            case "TCP":
            case "tcp":
                t = "tcp";
                iana = "6";
                break;
            case "UDP":
            case "udp":
                t = "udp";
                iana = "17";
                break;
            case "ICMP":
            case "icmp":
                t = "icmp";
                iana = "1";
                break;
            case "ICMPv6":
            case "icmp6":
            case "icmpv6":
                t = "ipv6-icmp";
                iana = "58";
                break;
            case "GRE":
            case "gre":
                t = "gre";
                iana = "47";
                break;
            case "ESP":
            case "esp":
                t = "esp";
                iana = "50";
                break;
            case "SCTP":
            case "sctp":
                t = "sctp";
                iana = "132";
                break;
            default:
                t = isNumber(proto) ? null : proto.toLowerCase(Locale.ROOT);
                iana = isNumber(proto) && proto.length() <= 3 ? proto : null;
        }
        if (t != null) {
            b.set(Fields.NETWORK_TRANSPORT, t);
        }
        if (iana != null) {
            b.set(Fields.NETWORK_IANA_NUMBER, iana);
        }
    }

    void direction(String word) {
        if ("inbound".equalsIgnoreCase(word)) {
            b.set(Fields.NETWORK_DIRECTION, "inbound");
        } else if ("outbound".equalsIgnoreCase(word)) {
            b.set(Fields.NETWORK_DIRECTION, "outbound");
        }
    }

    /**
     * @param text {@code h:mm:ss} (hours may exceed 24) or the VPN form {@code 1d 2h:03m:04s} / {@code 0h:05m:12s}
     * @return nanoseconds, or -1 when not a duration
     */
    static long duration(String text) {
        if (text == null) {
            return -1;
        }
        long seconds = 0;
        long value = -1;
        long clock = 0;
        int colons = 0;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TextScan.isDigit(c)) {
                value = (value < 0 ? 0 : value * 10) + c - '0';
                any = true;
                if (value > 100_000_000L) {
                    return -1;
                }
            } else if (c == ':') {
                if (value >= 0) { // h:mm:ss
                    clock = clock * 60 + value;
                    colons++;
                    value = -1;
                }
            } else if (value >= 0 && (c == 'd' || c == 'h' || c == 'm' || c == 's')) {
                seconds += value * (c == 'd' ? 86_400 : c == 'h' ? 3600 : c == 'm' ? 60 : 1);
                value = -1;
            } else if (c != ' ') {
                return -1;
            }
        }
        if (value >= 0) {
            if (colons != 2) {
                return -1;
            }
            seconds += clock * 60 + value;
        }
        return any ? seconds * 1_000_000_000L : -1;
    }
}
