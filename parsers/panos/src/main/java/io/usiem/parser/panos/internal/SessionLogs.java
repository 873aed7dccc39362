package io.usiem.parser.panos.internal;

import io.usiem.api.event.EcsCategory;
import io.usiem.api.event.EcsEventType;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.EventKind;
import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.parser.CommunityId;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** TRAFFIC and THREAT logs: the session, its NAT, users, rule and action, and for THREAT what was found. */
final class SessionLogs {
    private SessionLogs() {
    }

    static String traffic(CsvLine csv, EventBuilder b, ZoneId zone) {
        String error = session(csv, b);
        if (error != null) {
            return error;
        }
        PanOsMapper.fill(csv, PanOsFields.TRAFFIC, b);
        b.category(EventCategory.FIREWALL).logSource(PanOsMapper.FIREWALL).ecsCategory(EcsCategory.NETWORK);
        String sub = csv.get(4);
        if (sub != null) {
            switch (sub) {
                case "start":
                    b.set(Fields.EVENT_ACTION, "flow_started").ecsType(EcsEventType.START, EcsEventType.CONNECTION);
                    break;
                case "end":
                    b.set(Fields.EVENT_ACTION, "flow_terminated").ecsType(EcsEventType.END, EcsEventType.CONNECTION);
                    break;
                case "drop":
                    b.set(Fields.EVENT_ACTION, "flow_dropped").ecsType(EcsEventType.DENIED, EcsEventType.CONNECTION);
                    break;
                case "deny":
                    b.set(Fields.EVENT_ACTION, "flow_denied").ecsType(EcsEventType.DENIED, EcsEventType.CONNECTION);
                    break;
                default:
                    break;
            }
        }
        long start = PanOsMapper.time(csv, 35, zone);
        if (start != PanOsTime.INVALID) {
            b.setTimestamp(Fields.EVENT_START, start);
        }
        long elapsed = csv.number(36);
        if (elapsed >= 0) {
            b.set(Fields.EVENT_DURATION, elapsed * PanOsMapper.NANOS);
            if (start != PanOsTime.INVALID) {
                b.setTimestamp(Fields.EVENT_END, start + elapsed * PanOsMapper.NANOS);
            }
        }
        PanOsMapper.highResolution(csv, 102, b, zone);
        related(csv, 52, b, null);
        return null;
    }

    static String threat(CsvLine csv, EventBuilder b, ZoneId zone) {
        String error = session(csv, b);
        if (error != null) {
            return error;
        }
        PanOsMapper.fill(csv, PanOsFields.THREAT, b);
        b.kind(EventKind.ALERT).ecsCategory(EcsCategory.INTRUSION_DETECTION, EcsCategory.THREAT, EcsCategory.NETWORK);
        String sub = csv.get(4);
        String action = sub == null ? null : threatAction(sub);
        if (action != null) {
            b.set(Fields.EVENT_ACTION, action);
        }
        threatName(csv, b);
        PanOsMapper.level(csv, 34, b);
        if (csv.equals(35, "client-to-server") || csv.equals(35, "0")) {
            b.set(Fields.NETWORK_DIRECTION, "inbound");
        } else if (csv.equals(35, "server-to-client") || csv.equals(35, "1")) {
            b.set(Fields.NETWORK_DIRECTION, "outbound");
        } else {
            b.set(Fields.NETWORK_DIRECTION, "unknown");
        }
        if (!csv.isEmpty(35)) {
            b.set(PanOsFields.NETWORK_DIRECTION, csv.get(35));
        }
        if (!csv.isEmpty(42) && !csv.equals(42, "0")) {
            b.set(Field.of(PanOsFields.PREFIX + "network.pcap_id", FieldType.KEYWORD), csv.get(42));
        }
        IpAddress forwarded = csv.ip(48);
        if (forwarded != null) {
            b.set(PanOsFields.NETWORK_FORWARDED_IP, forwarded);
        } else if (!csv.isEmpty(48)) {
            b.set(PanOsFields.X_FORWARDED_FOR, csv.get(48));
        }
        String misc = csv.get(31);
        if (misc != null) {
            b.set(PanOsFields.MISC, misc);
            ThreatContent.map(sub, misc, b);
        }
        if ("url".equals(sub)) {
            b.category(EventCategory.WEB_PROXY).logSource(PanOsMapper.PROXY);
        } else {
            b.category(EventCategory.INTRUSION).logSource(PanOsMapper.FIREWALL);
        }
        PanOsMapper.highResolution(csv, 107, b, zone);
        related(csv, 59, b, forwarded);
        return null;
    }

    static String decryption(CsvLine csv, EventBuilder b, ZoneId zone) {
        String error = session(csv, b);
        if (error != null) {
            return error;
        }
        PanOsMapper.fill(csv, PanOsFields.DECRYPTION, b);
        b.category(EventCategory.NETWORK).logSource(PanOsMapper.FIREWALL).ecsCategory(EcsCategory.NETWORK);
        // As Elastic: an error message means the decryption failed, whatever the policy action.
        b.set(Fields.EVENT_OUTCOME, csv.isEmpty(64) ? "success" : "failure");
        String tls = csv.get(39);
        if (tls != null) {
            b.set(Field.of(PanOsFields.PREFIX + "tls.version", FieldType.KEYWORD), tls);
            if (tls.length() >= 6 && tls.regionMatches(true, 0, "TLS", 0, 3)) {
                b.set(Fields.TLS_VERSION_PROTOCOL, "tls").set(Fields.TLS_VERSION, tls.substring(3, 6));
            }
        }
        String hash = csv.get(50);
        if (hash != null) {
            b.set(Field.of(PanOsFields.PREFIX + "hash", FieldType.KEYWORD), hash);
            String algorithm = hash.length() == 32 ? "md5" : hash.length() == 40 ? "sha1" : hash.length() == 64 ? "sha256" : null;
            if (algorithm != null) {
                b.set(Field.of("tls.client.hash." + algorithm, FieldType.KEYWORD), hash);
            }
        }
        PanOsMapper.highResolution(csv, 72, b, zone);
        related(csv, 96, b, null);
        return null;
    }

    /** The fields TRAFFIC, THREAT and DECRYPTION share: addresses, NAT, rule, users, application, protocol, action. */
    private static String session(CsvLine csv, EventBuilder b) {
        IpAddress src = csv.ip(7);
        IpAddress dst = csv.ip(8);
        if (src == null || dst == null) {
            return "PAN-OS source or destination address (fields 8, 9) is not an address: fields shifted? " + csv.get(7)
                    + ", " + csv.get(8);
        }
        b.set(Fields.SOURCE_IP, src).set(Fields.DESTINATION_IP, dst);
        b.set(Fields.NETWORK_TYPE, csv.contains(7, ':') ? "ipv6" : "ipv4");
        nat(csv, 9, 26, Fields.SOURCE_NAT_IP, Fields.SOURCE_NAT_PORT, b);
        nat(csv, 10, 27, Fields.DESTINATION_NAT_IP, Fields.DESTINATION_NAT_PORT, b);
        if (!csv.isEmpty(11)) {
            String rule = csv.get(11);
            b.set(PanOsFields.RULESET, rule).set(Fields.RULE_NAME, rule);
        }
        String[] source = user(csv.get(12), Fields.SOURCE_USER_NAME, PanOsFields.SOURCE_USER_DOMAIN, b);
        user(csv.get(13), PanOsFields.DESTINATION_USER_NAME, PanOsFields.DESTINATION_USER_DOMAIN, b);
        if (source != null) {
            b.set(Fields.USER_NAME, source[0]);
            if (source[1] != null) {
                b.set(Fields.USER_DOMAIN, source[1]);
            }
        }
        if (!csv.isEmpty(14)) {
            b.set(Fields.NETWORK_APPLICATION, csv.get(14).toLowerCase(Locale.ROOT));
        }
        String transport = csv.isEmpty(29) ? null : csv.get(29).toLowerCase(Locale.ROOT);
        if (transport != null) {
            b.set(Fields.NETWORK_TRANSPORT, transport);
        }
        String communityId = CommunityId.of(src, csv.number(24), dst, csv.number(25), CommunityId.protocolNumber(transport));
        if (communityId != null) {
            b.set(Fields.NETWORK_COMMUNITY_ID, communityId);
        }
        action(csv.get(30), b);
        SessionFlags.map(csv, 28, b);
        return null;
    }

    private static void nat(CsvLine csv, int ipAt, int portAt, Field ipField, Field portField, EventBuilder b) {
        IpAddress ip = csv.ip(ipAt);
        long port = csv.number(portAt);
        // 0.0.0.0 port 0 means no translation took place.
        if (ip == null || !PanOsMapper.usable(ip) && port <= 0) {
            return;
        }
        b.set(ipField, ip);
        if (port >= 0) {
            b.set(portField, port);
        }
    }

    /** {@code domain\\user}, {@code user@domain} or a bare name. @return name and domain (or null), or null */
    static String[] user(String text, Field name, Field domain, EventBuilder b) {
        if (text == null) {
            return null;
        }
        String[] parts = {text, null};
        int slash = text.indexOf('\\');
        int at = text.lastIndexOf('@');
        if (slash > 0) {
            int nameAt = slash + 1;
            while (nameAt < text.length() && text.charAt(nameAt) == '\\') {
                nameAt++;
            }
            if (nameAt < text.length()) {
                parts[1] = text.substring(0, slash);
                parts[0] = text.substring(nameAt);
            }
        } else if (at > 0 && at < text.length() - 1) {
            parts[0] = text.substring(0, at);
            parts[1] = text.substring(at + 1);
        }
        b.set(name, parts[0]);
        if (parts[1] != null) {
            b.set(domain, parts[1]);
        }
        return parts;
    }

    /** PAN-OS actions; the TRAFFIC documentation spells a few with spaces. */
    private static void action(String raw, EventBuilder b) {
        if (raw == null) {
            return;
        }
        String action;
        switch (raw) {
            case "reset both":
                action = "reset-both";
                break;
            case "reset client":
                action = "reset-client";
                break;
            case "reset server":
                action = "reset-server";
                break;
            case "drop icmp":
            case "drop ICMP":
                action = "drop-icmp";
                break;
            default:
                action = raw;
        }
        b.set(PanOsFields.ACTION, action);
        switch (action) {
            case "alert":
            case "allow":
            case "continue":
                b.set(Fields.EVENT_OUTCOME, "success").ecsType(EcsEventType.ALLOWED);
                break;
            case "deny":
            case "drop":
            case "reset-client":
            case "reset-server":
            case "reset-both":
            case "block-url":
            case "block-ip":
            case "random-drop":
            case "sinkhole":
            case "block":
                b.set(Fields.EVENT_OUTCOME, "failure").ecsType(EcsEventType.DENIED);
                break;
            default:
                b.set(Fields.EVENT_OUTCOME, "failure");
        }
    }

    private static String threatAction(String sub) {
        switch (sub) {
            case "data":
                return "data_match";
            case "file":
                return "file_match";
            case "flood":
                return "flood_detected";
            case "packet":
                return "packet_attack";
            case "scan":
                return "scan_detected";
            case "spyware":
                return "spyware_detected";
            case "url":
                return "url_filtering";
            case "virus":
                return "virus_detected";
            case "vulnerability":
                return "exploit_detected";
            case "wildfire":
                return "wildfire_verdict";
            case "wildfire-virus":
                return "wildfire_virus_detected";
            default:
                return null;
        }
    }

    /** Threat/Content Name {@code name(id)}; id 9999 is URL filtering. */
    private static void threatName(CsvLine csv, EventBuilder b) {
        String text = csv.get(32);
        if (text == null) {
            return;
        }
        String name = text;
        int close = text.length() - 1;
        int open = text.lastIndexOf('(');
        if (close > 0 && text.charAt(close) == ')' && open >= 0) {
            String id = text.substring(open + 1, close).trim();
            if (!id.isEmpty() && isNumber(id)) {
                b.set(PanOsFields.THREAT_ID, id);
                name = "9999".equals(id) ? "URL-filtering" : text.substring(0, open).trim();
            }
        }
        if (!name.isEmpty()) {
            b.set(PanOsFields.THREAT_NAME, name);
        }
    }

    private static boolean isNumber(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    /** related.ip from the session's addresses (NAT ones when translated), related.user, related.hosts. */
    private static void related(CsvLine csv, int deviceName, EventBuilder b, IpAddress forwarded) {
        List<IpAddress> ips = new ArrayList<>(5);
        addIp(ips, csv.ip(7));
        addIp(ips, csv.ip(8));
        if (b.has(Fields.SOURCE_NAT_IP)) {
            addIp(ips, csv.ip(9));
        }
        if (b.has(Fields.DESTINATION_NAT_IP)) {
            addIp(ips, csv.ip(10));
        }
        addIp(ips, forwarded);
        b.setIps(Fields.RELATED_IP, ips);
        Object source = b.get(Fields.SOURCE_USER_NAME);
        Object destination = b.get(PanOsFields.DESTINATION_USER_NAME);
        if (source instanceof String && destination instanceof String && !source.equals(destination)) {
            b.set(Fields.RELATED_USER, List.of((String) source, (String) destination));
        } else if (source instanceof String || destination instanceof String) {
            b.set(Fields.RELATED_USER, List.of((String) (source instanceof String ? source : destination)));
        }
        PanOsMapper.relatedObserver(csv, deviceName, b);
    }

    private static void addIp(List<IpAddress> ips, IpAddress ip) {
        if (ip != null && !ips.contains(ip)) {
            ips.add(ip);
        }
    }

}
