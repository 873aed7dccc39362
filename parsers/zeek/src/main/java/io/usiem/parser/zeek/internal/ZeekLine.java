package io.usiem.parser.zeek.internal;

import io.usiem.api.event.EcsCategory;
import io.usiem.api.event.EcsEventType;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.EventKind;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one Zeek record told the mapping, and the ECS fields that depend on several columns, set at its end. */
final class ZeekLine {
    IpAddress srcIp;
    IpAddress dstIp;
    long srcBytes;
    long dstBytes;
    long srcPkts;
    long dstPkts;
    long status = -1;
    Boolean localOrig;
    Boolean localResp;
    Boolean success;
    Boolean dropped;
    boolean hasUser;
    String connState;
    boolean answered;
    String smbPath;
    String smbName;
    List<?> answers;
    List<?> ttls;
    List<String> flags;
    /** dns.resolved_ip in a dns record; for every log also related.ip. */
    List<IpAddress> resolved;

    void flag(String f) {
        if (flags == null) {
            flags = new ArrayList<>(4);
        }
        flags.add(f);
    }

    /** Adds the addresses of a value (one or a list) to related.ip. */
    void relatedAddresses(Object v) {
        for (Object o : v instanceof List ? (List<?>) v : List.of(v)) {
            IpAddress ip = IpAddress.tryParse(String.valueOf(o));
            if (ip != null) {
                if (resolved == null) {
                    resolved = new ArrayList<>(4);
                }
                if (!resolved.contains(ip)) {
                    resolved.add(ip);
                }
            }
        }
    }

    void finish(ZeekLog log, EventBuilder b) {
        boolean network = srcIp != null || dstIp != null;
        b.category(network ? EventCategory.NETWORK : EventCategory.GENERIC).logSource(log.logSource);
        if (network && !log.name.equals("notice") && !log.name.equals("files")) {
            b.ecsCategory(EcsCategory.NETWORK); // Elastic files and notice records are file and intrusion_detection only
        }
        String protocol = null;
        switch (log.name) {
            case "conn":
                connTypes(b);
                direction(b);
                icmp(b);
                break;
            case "dns":
                protocol = "dns";
                b.ecsType(EcsEventType.CONNECTION, EcsEventType.PROTOCOL, EcsEventType.INFO).set(Fields.EVENT_OUTCOME, "success");
                dns(b);
                if (b.has(Fields.DNS_QUESTION_NAME)) {
                    b.category(EventCategory.DNS); // its required field; a rejected query may have none
                }
                break;
            case "http":
                protocol = "http";
                b.ecsCategory(EcsCategory.WEB).ecsType(EcsEventType.CONNECTION, EcsEventType.PROTOCOL, EcsEventType.INFO);
                if (!b.has(Fields.NETWORK_TRANSPORT)) {
                    b.set(Fields.NETWORK_TRANSPORT, "tcp");
                }
                if (status >= 0) {
                    b.set(Fields.EVENT_OUTCOME, status < 400 ? "success" : "failure");
                }
                break;
            case "ssl":
                protocol = "tls";
                b.ecsType(EcsEventType.CONNECTION, EcsEventType.PROTOCOL);
                if (!b.has(Fields.NETWORK_TRANSPORT)) {
                    b.set(Fields.NETWORK_TRANSPORT, "tcp");
                }
                break;
            case "x509":
                b.ecsCategory(EcsCategory.NETWORK).ecsType(EcsEventType.INFO);
                break;
            case "files":
                b.ecsCategory(EcsCategory.FILE).ecsType(EcsEventType.INFO);
                break;
            case "notice":
                b.kind(EventKind.ALERT).ecsCategory(EcsCategory.INTRUSION_DETECTION).ecsType(EcsEventType.INFO);
                if (dropped != null) {
                    b.ecsType(dropped ? EcsEventType.DENIED : EcsEventType.ALLOWED);
                }
                if (network) {
                    b.category(EventCategory.INTRUSION);
                }
                break;
            case "weird":
                b.kind(EventKind.ALERT).ecsCategory(EcsCategory.NETWORK).ecsType(EcsEventType.INFO);
                break;
            case "kerberos":
                protocol = "kerberos";
                b.ecsCategory(EcsCategory.NETWORK, EcsCategory.AUTHENTICATION).ecsType(EcsEventType.CONNECTION, EcsEventType.PROTOCOL);
                outcome(b);
                if (hasUser && success != null) {
                    b.category(EventCategory.AUTHENTICATION);
                }
                break;
            case "smb_files":
                protocol = "smb";
                b.ecsCategory(EcsCategory.NETWORK, EcsCategory.FILE).ecsType(EcsEventType.INFO);
                if (smbName != null) {
                    b.set(Fields.FILE_PATH, smbPath == null ? smbName : smbPath + "\\" + smbName);
                    b.category(EventCategory.FILE);
                }
                break;
            case "smb_mapping":
                protocol = "smb";
                b.ecsType(EcsEventType.CONNECTION, EcsEventType.PROTOCOL);
                break;
            case "ssh":
                protocol = "ssh";
                b.ecsType(EcsEventType.CONNECTION, EcsEventType.PROTOCOL);
                outcome(b);
                break;
            default:
                break;
        }
        if (protocol != null && !b.has(Fields.NETWORK_PROTOCOL)) {
            b.set(Fields.NETWORK_PROTOCOL, protocol);
        }
        if (srcBytes + dstBytes > 0) {
            b.set(Fields.NETWORK_BYTES, srcBytes + dstBytes);
        }
        if (srcPkts + dstPkts > 0) {
            b.set(Fields.NETWORK_PACKETS, srcPkts + dstPkts);
        }
        related(b);
    }

    /** event.type by conn_state, as Elastic's table gives it. */
    private void connTypes(EventBuilder b) {
        b.ecsType(EcsEventType.CONNECTION);
        if (connState == null) {
            return;
        }
        switch (connState) {
            case "S0":
            case "S1":
                b.ecsType(EcsEventType.START);
                break;
            case "SF":
                b.ecsType(EcsEventType.START, EcsEventType.END);
                break;
            case "REJ":
                b.ecsType(EcsEventType.START, EcsEventType.DENIED);
                break;
            default:
                b.ecsType(EcsEventType.INFO);
        }
    }

    /** ICMP has no ports: Zeek writes type and code there. */
    private static void icmp(EventBuilder b) {
        if (!"icmp".equals(b.get(Fields.NETWORK_TRANSPORT))) {
            return;
        }
        Object type = b.get(Fields.SOURCE_PORT);
        Object code = b.get(Fields.DESTINATION_PORT);
        if (type instanceof Long) {
            b.remove(Fields.SOURCE_PORT).set(ZeekFields.ICMP_TYPE, (long) (Long) type);
        }
        if (code instanceof Long) {
            b.remove(Fields.DESTINATION_PORT).set(ZeekFields.ICMP_CODE, (long) (Long) code);
        }
    }

    private void outcome(EventBuilder b) {
        if (success != null) {
            b.set(Fields.EVENT_OUTCOME, success ? "success" : "failure");
        }
    }

    /** As Elastic derives it from Zeek's local_orig and local_resp. */
    private void direction(EventBuilder b) {
        if (localOrig == null || localResp == null) {
            return;
        }
        String d = localOrig ? (localResp ? "internal" : "outbound") : (localResp ? "inbound" : "external");
        b.set(Fields.NETWORK_DIRECTION, d);
    }

    private void dns(EventBuilder b) {
        b.set(Fields.DNS_TYPE, answered ? "answer" : "query");
        if (answers != null) {
            List<Map<String, Object>> out = new ArrayList<>(answers.size());
            for (int i = 0; i < answers.size(); i++) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("data", String.valueOf(answers.get(i)));
                Object ttl = ttls != null && i < ttls.size() ? ttls.get(i) : null;
                if (ttl instanceof Number) {
                    a.put("ttl", ((Number) ttl).longValue());
                }
                out.add(a);
                IpAddress ip = IpAddress.tryParse(String.valueOf(answers.get(i)));
                if (ip != null) {
                    if (resolved == null) {
                        resolved = new ArrayList<>(4);
                    }
                    if (!resolved.contains(ip)) {
                        resolved.add(ip);
                    }
                }
            }
            b.setObjects(Fields.DNS_ANSWERS, out);
        }
        if (resolved != null) {
            b.setIps(Fields.DNS_RESOLVED_IP, resolved);
        }
        if (flags != null) {
            b.set(Fields.DNS_HEADER_FLAGS, flags);
        }
    }

    private void related(EventBuilder b) {
        List<IpAddress> ips = new ArrayList<>(2);
        if (srcIp != null) {
            ips.add(srcIp);
        }
        if (dstIp != null && !dstIp.equals(srcIp)) {
            ips.add(dstIp);
        }
        if (resolved != null) {
            for (IpAddress ip : resolved) {
                if (!ips.contains(ip)) {
                    ips.add(ip);
                }
            }
        }
        if (!ips.isEmpty()) {
            b.setIps(Fields.RELATED_IP, ips);
        }
    }
}
