package io.usiem.parser.fortigate.internal;

import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One known FortiGate pair to its ECS field (typed), or to its {@code fortinet.firewall.*} field. */
final class PairMapper {
    static final Field SOURCE_USER_GROUP = Field.of("source.user.group.name", FieldType.KEYWORD);
    static final Field EVENT_REFERENCE = Field.of("event.reference", FieldType.KEYWORD);
    private static final long NANOS = 1_000_000_000L;

    private PairMapper() {
    }

    static void pair(Key k, KvLine kv, int i, EventBuilder b) {
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

    static void ip(KvLine kv, int i, Field field, Key k, EventBuilder b) {
        IpAddress ip = IpAddress.tryParse(kv.line(), kv.valueStart(i), kv.valueEnd(i));
        if (ip != null) {
            b.set(field, ip);
        } else {
            b.set(k.vendor, kv.value(i)); // not an address (a name, "N/A" variants): kept, not lost
        }
    }

    static void number(KvLine kv, int i, Field field, long scale, Key k, EventBuilder b) {
        long v = kv.number(i);
        if (v >= 0) {
            b.set(field, v * scale);
        } else {
            b.set(k.vendor, kv.value(i));
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

}
