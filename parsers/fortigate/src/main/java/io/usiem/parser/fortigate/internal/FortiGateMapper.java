package io.usiem.parser.fortigate.internal;

import io.usiem.api.event.EcsCategory;
import io.usiem.api.event.EcsEventType;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.event.LogSource;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Maps FortiGate pairs to ECS and {@code fortinet.firewall.*} as Elastic's Fortinet FortiGate integration does. */
final class FortiGateMapper {
    static final LogSource TRAFFIC = LogSource.of("fortigate", null, "firewall");
    static final LogSource UTM = LogSource.of("fortigate", "utm", null);
    static final LogSource WEBFILTER = LogSource.of("fortigate", "utm", "proxy");
    static final LogSource DNS = LogSource.of("fortigate", "utm", "dns");
    static final LogSource EVENT = LogSource.of("fortigate", "event", null);
    static final Field SOURCE_USER_GROUP = Field.of("source.user.group.name", FieldType.KEYWORD);
    static final Field EVENT_REFERENCE = Field.of("event.reference", FieldType.KEYWORD);
    private static final Key[] KEYS = Key.values();
    private static final long NANOS = 1_000_000_000L;
    private static final Field[] RELATED_IPS = {Fields.SOURCE_IP, Fields.DESTINATION_IP, Fields.SOURCE_NAT_IP,
        Fields.DESTINATION_NAT_IP};

    private FortiGateMapper() {
    }

    /** @return per {@link Key} ordinal the index of its first pair, -1 when absent; the last slot holds nothing */
    static int[] index(KvLine kv) {
        int[] first = new int[KEYS.length];
        Arrays.fill(first, -1);
        Key[] keys = new Key[kv.count()];
        for (int i = kv.count() - 1; i >= 0; i--) {
            keys[i] = Key.of(kv.line(), kv.keyStart(i), kv.keyEnd(i));
            first[keys[i].ordinal()] = i;
        }
        kv.keys = keys;
        return first;
    }

    /** @return null when mapped, or why the line is malformed */
    static String map(KvLine kv, int[] first, EventBuilder b, ZoneId zone) {
        String type = value(kv, first, Key.type);
        String subtype = value(kv, first, Key.subtype);
        boolean vpn = "event".equals(type) && "vpn".equals(subtype);
        String error = FortiGateTime.apply(kv, first, b, zone);
        if (error != null) {
            return error;
        }
        for (int i = 0; i < kv.count(); i++) {
            if (kv.isEmpty(i) || kv.valueEquals(i, "N/A")) {
                continue;
            }
            Key k = kv.keys[i];
            if (k == Key.unknown) {
                unknown(kv, i, b);
            } else {
                pair(k, kv, i, b, vpn);
            }
        }
        remote(kv, first, b, vpn);
        int xauth = first[Key.xauthuser.ordinal()];
        if (!b.has(Fields.SOURCE_USER_NAME) && vpn && xauth >= 0 && !kv.isEmpty(xauth) && !kv.valueEquals(xauth, "N/A")) {
            b.set(Fields.SOURCE_USER_NAME, kv.value(xauth));
        }
        if (b.get(Fields.SOURCE_USER_NAME) instanceof String) {
            b.set(Fields.USER_NAME, (String) b.get(Fields.SOURCE_USER_NAME));
        }
        String action = value(kv, first, Key.action);
        if ("traffic".equals(type)) {
            FortiGateTypes.traffic(kv, first, action, b);
        } else if ("utm".equals(type) || "dns".equals(type)) {
            FortiGateTypes.utm(kv, first, subtype, action, b);
        } else {
            FortiGateTypes.event(kv, first, subtype, action, b);
        }
        fallback(kv, first, Key.eventtype, Fields.EVENT_ACTION, b);
        fallback(kv, first, Key.action, Fields.EVENT_ACTION, b);
        fallback(kv, first, Key.reason, Fields.EVENT_REASON, b);
        fallback(kv, first, Key.eventsubtype, Fields.EVENT_REASON, b);
        fallback(kv, first, Key.catdesc, Fields.RULE_CATEGORY, b);
        fallback(kv, first, Key.profile, Fields.RULE_RULESET, b);
        related(b);
        return null;
    }

    /** A key the parser has no mapping for: {@code fortinet.firewall.<key>}, as long as the key is a word. */
    private static void unknown(KvLine kv, int i, EventBuilder b) {
        String line = kv.line();
        for (int k = kv.keyStart(i); k < kv.keyEnd(i); k++) {
            char c = line.charAt(k);
            if (c == '-' || c == '.') {
                return; // Elastic drops keys that are not words; so do we
            }
        }
        b.set(Field.of(Key.PREFIX + kv.key(i), FieldType.KEYWORD), kv.value(i));
    }

    private static void pair(Key k, KvLine kv, int i, EventBuilder b, boolean vpn) {
        switch (k) {
            case date:
            case time:
            case eventtime:
            case tz:
            case remip:
            case remport:
            case locip:
            case locport:
            case eventtype:
            case eventsubtype:
            case reason:
            case catdesc:
            case profile:
                break; // read by FortiGateTime, remote() or fallback()
            case logid:
                b.set(Fields.EVENT_CODE, kv.value(i));
                break;
            case level:
                b.set(Fields.LOG_LEVEL, kv.value(i));
                break;
            case devname:
                b.set(Fields.OBSERVER_NAME, kv.value(i));
                break;
            case devid:
                b.set(Fields.OBSERVER_SERIAL_NUMBER, kv.value(i));
                break;
            case logdesc:
            case comment:
                b.set(Fields.RULE_DESCRIPTION, kv.value(i));
                break;
            case msg:
                b.set(Fields.MESSAGE, kv.value(i));
                break;
            case dir:
            case direction:
                b.set(Fields.NETWORK_DIRECTION, direction(kv.value(i)));
                break;
            case srcip:
                ip(kv, i, Fields.SOURCE_IP, k, b);
                break;
            case dstip:
                ip(kv, i, Fields.DESTINATION_IP, k, b);
                break;
            case transip:
                ip(kv, i, Fields.SOURCE_NAT_IP, k, b);
                break;
            case tranip:
                ip(kv, i, Fields.DESTINATION_NAT_IP, k, b);
                break;
            case srcport:
                number(kv, i, Fields.SOURCE_PORT, 1, k, b);
                break;
            case dstport:
                number(kv, i, Fields.DESTINATION_PORT, 1, k, b);
                break;
            case transport:
                number(kv, i, Fields.SOURCE_NAT_PORT, 1, k, b);
                break;
            case tranport:
                number(kv, i, Fields.DESTINATION_NAT_PORT, 1, k, b);
                break;
            case sentbyte:
                number(kv, i, Fields.SOURCE_BYTES, 1, k, b);
                break;
            case rcvdbyte:
                number(kv, i, Fields.DESTINATION_BYTES, 1, k, b);
                break;
            case sentpkt:
                number(kv, i, Fields.SOURCE_PACKETS, 1, k, b);
                break;
            case rcvdpkt:
                number(kv, i, Fields.DESTINATION_PACKETS, 1, k, b);
                break;
            case duration:
                number(kv, i, Fields.EVENT_DURATION, NANOS, k, b);
                break;
            case filesize:
                number(kv, i, Fields.FILE_SIZE, 1, k, b);
                break;
            case srcintf:
                b.set(Fields.OBSERVER_INGRESS_INTERFACE, kv.value(i));
                break;
            case dstintf:
                b.set(Fields.OBSERVER_EGRESS_INTERFACE, kv.value(i));
                break;
            case proto:
                proto(kv.value(i), b);
                break;
            case service:
                b.set(Fields.NETWORK_PROTOCOL, kv.value(i).toLowerCase(Locale.ROOT));
                break;
            case policyid:
                b.set(Fields.RULE_ID, kv.value(i));
                break;
            case policyname:
                b.set(Fields.RULE_NAME, kv.value(i));
                break;
            case poluuid:
                b.set(Fields.RULE_UUID, kv.value(i));
                break;
            case policytype:
                b.set(Fields.RULE_RULESET, kv.value(i));
                break;
            case srcmac:
                b.set(Fields.SOURCE_MAC, mac(kv.value(i)));
                break;
            case dstmac:
                b.set(Fields.DESTINATION_MAC, mac(kv.value(i)));
                break;
            case srcname:
                b.set(Fields.HOST_NAME, kv.value(i).toLowerCase(Locale.ROOT));
                break;
            case app:
                b.set(Fields.NETWORK_APPLICATION, kv.value(i));
                break;
            case appcat:
                b.set(Fields.RULE_CATEGORY, kv.value(i).replace('.', '-'));
                break;
            case unauthuser:
                b.set(Fields.SOURCE_USER_NAME, kv.value(i));
                break;
            case user:
                if (!b.has(Fields.SOURCE_USER_NAME)) {
                    b.set(Fields.SOURCE_USER_NAME, kv.value(i));
                }
                break;
            case group:
                b.set(SOURCE_USER_GROUP, kv.value(i));
                break;
            case srcdomain:
                b.set(Fields.SOURCE_DOMAIN, kv.value(i));
                break;
            case dstname:
                b.set(Fields.DESTINATION_ADDRESS, kv.value(i));
                break;
            case hostname:
                b.set(Fields.URL_DOMAIN, kv.value(i));
                break;
            case url:
                url(kv.value(i), b);
                break;
            case httpmethod:
                b.set(Fields.HTTP_REQUEST_METHOD, kv.value(i));
                break;
            case referralurl:
                b.set(Fields.HTTP_REQUEST_REFERRER, kv.value(i));
                break;
            case agent:
                b.set(Fields.USER_AGENT_ORIGINAL, kv.value(i));
                break;
            case ref:
                b.set(EVENT_REFERENCE, kv.value(i));
                break;
            case filename:
                b.set(Fields.FILE_NAME, kv.value(i));
                break;
            case filetype:
                b.set(Fields.FILE_EXTENSION, kv.value(i));
                break;
            case qname:
                b.set(Fields.DNS_QUESTION_NAME, kv.value(i));
                break;
            case qtype:
                b.set(Fields.DNS_QUESTION_TYPE, kv.value(i));
                break;
            case qclass:
                b.set(Fields.DNS_QUESTION_CLASS, kv.value(i));
                break;
            case xid:
                b.set(Fields.DNS_ID, kv.value(i));
                break;
            case ipaddr:
                resolved(kv.value(i), b);
                break;
            case sni:
                b.set(Fields.TLS_CLIENT_SERVER_NAME, kv.value(i));
                if (!b.has(Fields.DESTINATION_DOMAIN)) {
                    b.set(Fields.DESTINATION_DOMAIN, kv.value(i));
                }
                break;
            case cipher:
                b.set(Fields.TLS_CIPHER, kv.value(i));
                break;
            default:
                b.set(k.vendor, kv.value(i));
        }
    }

    private static void ip(KvLine kv, int i, Field field, Key k, EventBuilder b) {
        IpAddress ip = IpAddress.tryParse(kv.line(), kv.valueStart(i), kv.valueEnd(i));
        if (ip != null) {
            b.set(field, ip);
        } else {
            b.set(k.vendor, kv.value(i)); // not an address (a name, "N/A" variants): kept, not lost
        }
    }

    private static void number(KvLine kv, int i, Field field, long scale, Key k, EventBuilder b) {
        long v = kv.number(i);
        if (v >= 0) {
            b.set(field, v * scale);
        } else {
            b.set(k.vendor, kv.value(i));
        }
    }

    /** For VPN logs the remote end (remip) is the client: source; elsewhere it is the destination. */
    private static void remote(KvLine kv, int[] first, EventBuilder b, boolean vpn) {
        int rem = first[Key.remip.ordinal()];
        int loc = first[Key.locip.ordinal()];
        int remPort = first[Key.remport.ordinal()];
        int locPort = first[Key.locport.ordinal()];
        Field remIp = vpn ? Fields.SOURCE_IP : Fields.DESTINATION_IP;
        Field locIp = vpn ? Fields.DESTINATION_IP : Fields.SOURCE_IP;
        if (rem >= 0 && !b.has(remIp)) {
            ip(kv, rem, remIp, Key.remip, b);
            if (remPort >= 0) {
                number(kv, remPort, vpn ? Fields.SOURCE_PORT : Fields.DESTINATION_PORT, 1, Key.remport, b);
            }
        }
        if (loc >= 0 && !b.has(locIp)) {
            ip(kv, loc, locIp, Key.locip, b);
            if (locPort >= 0) {
                number(kv, locPort, vpn ? Fields.DESTINATION_PORT : Fields.SOURCE_PORT, 1, Key.locport, b);
            }
        }
    }

    /** Web filter and IPS logs write the path; antivirus logs write the whole URL. */
    private static void url(String value, EventBuilder b) {
        int scheme = value.indexOf("://");
        if (scheme <= 0) {
            b.set(Fields.URL_PATH, value);
            return;
        }
        b.set(Fields.URL_ORIGINAL, value);
        b.set(Fields.URL_SCHEME, value.substring(0, scheme));
        int hostEnd = value.indexOf('/', scheme + 3);
        b.set(Fields.URL_DOMAIN, hostEnd < 0 ? value.substring(scheme + 3) : value.substring(scheme + 3, hostEnd));
        if (hostEnd >= 0) {
            b.set(Fields.URL_PATH, value.substring(hostEnd));
        }
    }

    private static void proto(String value, EventBuilder b) {
        b.set(Fields.NETWORK_IANA_NUMBER, value);
        String transport;
        switch (value) {
            case "1":
                transport = "icmp";
                break;
            case "6":
                transport = "tcp";
                break;
            case "17":
                transport = "udp";
                break;
            case "47":
                transport = "gre";
                break;
            case "50":
                transport = "esp";
                break;
            case "58":
                transport = "ipv6-icmp";
                break;
            case "132":
                transport = "sctp";
                break;
            default:
                return;
        }
        b.set(Fields.NETWORK_TRANSPORT, transport);
    }

    private static String direction(String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "outgoing":
            case "outbound":
                return "outbound";
            case "incoming":
            case "inbound":
                return "inbound";
            case "ingress":
            case "egress":
            case "internal":
            case "external":
                return value.toLowerCase(Locale.ROOT);
            default:
                return "unknown";
        }
    }

    /** ECS writes MACs upper case with dashes. */
    private static String mac(String value) {
        return value.replace(':', '-').toUpperCase(Locale.ROOT);
    }

    private static void resolved(String value, EventBuilder b) {
        List<IpAddress> ips = new ArrayList<>();
        for (String part : value.split(",")) {
            IpAddress ip = IpAddress.tryParse(part.trim());
            if (ip != null) {
                ips.add(ip);
            }
        }
        if (!ips.isEmpty()) {
            b.setIps(Fields.DNS_RESOLVED_IP, ips);
        }
    }

    private static void fallback(KvLine kv, int[] first, Key key, Field field, EventBuilder b) {
        int i = first[key.ordinal()];
        if (i >= 0 && !kv.isEmpty(i) && !b.has(field)) {
            b.set(field, kv.value(i));
        }
    }

    static String value(KvLine kv, int[] first, Key key) {
        int i = first[key.ordinal()];
        return i < 0 ? null : kv.value(i);
    }

    private static void related(EventBuilder b) {
        List<IpAddress> ips = new ArrayList<>(4);
        for (Field f : RELATED_IPS) {
            Object ip = b.get(f);
            if (ip instanceof IpAddress && !ips.contains(ip)) {
                ips.add((IpAddress) ip);
            }
        }
        if (!ips.isEmpty()) {
            b.setIps(Fields.RELATED_IP, ips);
        }
        Object user = b.get(Fields.SOURCE_USER_NAME);
        if (user instanceof String) {
            b.set(Fields.RELATED_USER, List.of((String) user));
        }
    }
}
