package io.usiem.parser.suricata.internal;

import com.fasterxml.jackson.core.JsonParser;
import io.usiem.api.event.EcsCategory;
import io.usiem.api.event.EcsEventType;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.EventKind;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.event.LogSource;
import io.usiem.api.parser.ValueCache;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one EVE record told the mapping while it was read, and the ECS fields that depend on several
 * members (categories by event_type, byte sums, duration, DNS question and answers), set at its end.
 */
final class EveLine {
    static final LogSource LOGSOURCE = LogSource.of("suricata", null, null);
    static final LogSource LOGSOURCE_DNS = LogSource.of("suricata", null, "dns");

    /**
     * The parser's value cache and the member being read: its value text, when the mapping and the kept
     * {@code suricata.eve} field both need it, is decoded once, and repeating values are not copied again.
     */
    ValueCache values;
    private int slot;
    private String text;
    int members;
    String eventType;
    String appProto;
    String alertAction;
    String flowState;
    long httpStatus = -1;
    long srcBytes;
    long dstBytes;
    long srcPkts;
    long dstPkts;
    long start = IsoTime.INVALID;
    long end = IsoTime.INVALID;
    IpAddress srcIp;
    IpAddress dstIp;
    String dnsType;
    long dnsVersion;
    String rrname;
    String rrtype;
    String rdata;
    long ttl = -1;
    boolean queriesSeen;
    boolean dhcpMac;
    List<String> dnsFlags;
    List<IpAddress> resolved;

    /** Starts a member whose value is cached at the given slot. */
    void member(int valueSlot) {
        slot = valueSlot;
        text = null;
    }

    /** @return the current scalar's text (a number's as written), from the cache when it was seen before */
    String text(JsonParser p) throws IOException {
        if (text == null) {
            text = values.get(slot, p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        }
        return text;
    }

    void flag(String f) {
        if (dnsFlags == null) {
            dnsFlags = new ArrayList<>(4);
        }
        dnsFlags.add(f);
    }

    void resolved(String text) {
        IpAddress ip = text == null ? null : IpAddress.tryParse(text);
        if (ip != null) {
            if (resolved == null) {
                resolved = new ArrayList<>(4);
            }
            if (!resolved.contains(ip)) {
                resolved.add(ip);
            }
        }
    }

    /** Sets the fields that depend on the whole record; the event_type is known. */
    void finish(EventBuilder b) {
        b.ecsCategory(EcsCategory.NETWORK).category(EventCategory.NETWORK).logSource(LOGSOURCE);
        String protocol = null;
        switch (eventType) {
            case "alert":
                b.kind(EventKind.ALERT).ecsCategory(EcsCategory.INTRUSION_DETECTION).category(EventCategory.INTRUSION);
                if ("allowed".equals(alertAction)) {
                    b.ecsType(EcsEventType.ALLOWED);
                } else if ("blocked".equals(alertAction)) {
                    b.ecsType(EcsEventType.DENIED);
                }
                break;
            case "dns":
                protocol = "dns";
                b.ecsType(EcsEventType.PROTOCOL).logSource(LOGSOURCE_DNS);
                finishDns(b);
                if (b.has(Fields.DNS_QUESTION_NAME)) {
                    b.category(EventCategory.DNS); // its required field; a v1 answer names no question
                }
                break;
            case "flow":
                b.ecsType(EcsEventType.CONNECTION);
                if ("new".equals(flowState)) {
                    b.ecsType(EcsEventType.START);
                } else if ("closed".equals(flowState)) {
                    b.ecsType(EcsEventType.END);
                }
                break;
            case "http":
            case "http2":
                protocol = "http";
                b.ecsCategory(EcsCategory.WEB).ecsType(EcsEventType.ACCESS, EcsEventType.PROTOCOL);
                if (httpStatus >= 0) {
                    b.set(Fields.EVENT_OUTCOME, httpStatus < 400 ? "success" : "failure");
                }
                break;
            case "ftp":
            case "ftp_data":
                protocol = "ftp";
                b.ecsType(EcsEventType.PROTOCOL);
                break;
            case "mqtt":
            case "smb":
            case "ssh":
            case "tftp":
            case "tls":
            case "rdp":
            case "rfb":
                protocol = eventType;
                b.ecsType(EcsEventType.PROTOCOL);
                break;
            case "drop":
                b.ecsType(EcsEventType.DENIED);
                break;
            case "stats":
                b.kind(EventKind.METRIC).category(EventCategory.GENERIC);
                break;
            case "dhcp":
                if (dhcpMac) {
                    b.category(EventCategory.DHCP);
                }
                break;
            default:
                break;
        }
        if (appProto != null && !appProto.equals("failed") && !appProto.startsWith("template")) {
            protocol = appProto.equals("ftp-data") ? "ftp" : appProto;
        }
        if (protocol != null) {
            b.set(Fields.NETWORK_PROTOCOL, protocol);
        }
        if (srcBytes + dstBytes > 0) {
            b.set(Fields.NETWORK_BYTES, srcBytes + dstBytes);
        }
        if (srcPkts + dstPkts > 0) {
            b.set(Fields.NETWORK_PACKETS, srcPkts + dstPkts);
        }
        if (start != IsoTime.INVALID && end != IsoTime.INVALID && start <= end) {
            b.set(Fields.EVENT_DURATION, end - start);
        }
        related(b);
    }

    private void related(EventBuilder b) {
        List<IpAddress> ips = new ArrayList<>(2 + (resolved == null ? 0 : resolved.size()));
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

    private void finishDns(EventBuilder b) {
        // v2 and v3 records always carry the query; v1 answers name the answered record instead.
        boolean query = "query".equals(dnsType) || "request".equals(dnsType) || dnsVersion == 2;
        if (query && rrname != null && !queriesSeen) {
            b.set(Fields.DNS_QUESTION_NAME, rrname);
        }
        if (query && rrtype != null && !queriesSeen) {
            b.set(Fields.DNS_QUESTION_TYPE, rrtype);
        }
        if ("answer".equals(dnsType) && dnsVersion == 0 && rrname != null) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("name", rrname);
            if (rrtype != null) {
                answer.put("type", rrtype);
            }
            if (ttl >= 0) {
                answer.put("ttl", ttl);
            }
            if (rdata != null) {
                answer.put("data", rdata);
                if ("A".equals(rrtype) || "AAAA".equals(rrtype)) {
                    resolved(rdata);
                }
            }
            b.setObjects(Fields.DNS_ANSWERS, List.of(answer));
        }
        if (dnsFlags != null) {
            b.set(Fields.DNS_HEADER_FLAGS, dnsFlags);
        }
        if (resolved != null) {
            b.setIps(Fields.DNS_RESOLVED_IP, resolved);
        }
    }
}
