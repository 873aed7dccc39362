package io.usiem.parser.suricata.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Field;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ECS mapping of single EVE members, as Elastic's Suricata integration does it: members it renames
 * leave {@code suricata.eve} (the methods return false), members it copies stay (they return true).
 */
final class EveMapper {
    private EveMapper() {
    }

    /** @return whether the member is also kept as its {@code suricata.eve} field */
    static boolean scalar(int role, JsonToken t, JsonParser p, EventBuilder b, EveLine s) throws IOException {
        boolean text = t == JsonToken.VALUE_STRING;
        boolean integer = t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER;
        switch (role) {
            case EveRole.TIMESTAMP: {
                long nanos = text ? IsoTime.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength()) : IsoTime.INVALID;
                if (nanos == IsoTime.INVALID) {
                    return true;
                }
                b.eventNanos(nanos);
                return false;
            }
            case EveRole.EVENT_TYPE:
                if (!text) {
                    return true;
                }
                s.eventType = lower(s.text(p));
                b.set(EveFields.EVENT_TYPE, s.eventType);
                return false;
            case EveRole.SRC_IP:
                if (text) {
                    s.srcIp = address(s.text(p), Fields.SOURCE_IP, Fields.SOURCE_ADDRESS, b);
                }
                return !text;
            case EveRole.DEST_IP:
                if (text) {
                    s.dstIp = address(s.text(p), Fields.DESTINATION_IP, Fields.DESTINATION_ADDRESS, b);
                }
                return !text;
            case EveRole.SRC_PORT:
                return !number(Fields.SOURCE_PORT, integer, p, b);
            case EveRole.DEST_PORT:
                return !number(Fields.DESTINATION_PORT, integer, p, b);
            case EveRole.PROTO:
                return !text(Fields.NETWORK_TRANSPORT, text, p, s, b, true);
            case EveRole.APP_PROTO:
                if (text) {
                    s.appProto = lower(s.text(p));
                }
                return !text;
            case EveRole.COMMUNITY_ID:
                return !text(Fields.NETWORK_COMMUNITY_ID, text, p, s, b, false);
            case EveRole.FLOW_ID:
                b.set(EveFields.FLOW_ID, s.text(p));
                return false;
            case EveRole.IN_IFACE:
                text(Fields.OBSERVER_INGRESS_INTERFACE, text, p, s, b, false);
                return true;
            case EveRole.SRC_MAC:
                return !text(Fields.SOURCE_MAC, text, p, s, b, false);
            case EveRole.DEST_MAC:
                return !text(Fields.DESTINATION_MAC, text, p, s, b, false);
            case EveRole.ALERT_ACTION:
                if (text) {
                    s.alertAction = s.text(p);
                }
                return !text;
            case EveRole.ALERT_SIGNATURE_ID:
                if (t != JsonToken.VALUE_NULL) {
                    b.set(Fields.RULE_ID, s.text(p));
                }
                return true;
            case EveRole.ALERT_SIGNATURE:
                text(Fields.RULE_NAME, text, p, s, b, false);
                return true;
            case EveRole.ALERT_CATEGORY:
                if (text && !s.text(p).isEmpty()) {
                    b.set(Fields.RULE_CATEGORY, s.text(p)).set(Fields.MESSAGE, s.text(p));
                }
                return true;
            case EveRole.ALERT_SEVERITY:
                return !number(Fields.EVENT_SEVERITY, integer, p, b);
            case EveRole.ALERT_TACTIC_ID:
            case EveRole.ALERT_TACTIC_NAME:
            case EveRole.ALERT_TECHNIQUE_ID:
            case EveRole.ALERT_TECHNIQUE_NAME:
                return !text || array(role, List.of(s.text(p)), b, s);
            case EveRole.FLOW_PKTS_TOSERVER:
                s.srcPkts = counter(Fields.SOURCE_PACKETS, integer, p, b);
                return !integer;
            case EveRole.FLOW_PKTS_TOCLIENT:
                s.dstPkts = counter(Fields.DESTINATION_PACKETS, integer, p, b);
                return !integer;
            case EveRole.FLOW_BYTES_TOSERVER:
                s.srcBytes = counter(Fields.SOURCE_BYTES, integer, p, b);
                return !integer;
            case EveRole.FLOW_BYTES_TOCLIENT:
                s.dstBytes = counter(Fields.DESTINATION_BYTES, integer, p, b);
                return !integer;
            case EveRole.FLOW_START:
                s.start = time(Fields.EVENT_START, text, p, b);
                return s.start == IsoTime.INVALID;
            case EveRole.FLOW_END:
                s.end = time(Fields.EVENT_END, text, p, b);
                return s.end == IsoTime.INVALID;
            case EveRole.FLOW_STATE:
                if (text) {
                    s.flowState = s.text(p);
                }
                return true;
            case EveRole.NETFLOW_PKTS:
                number(Fields.NETWORK_PACKETS, integer, p, b);
                return true;
            case EveRole.NETFLOW_BYTES:
                number(Fields.NETWORK_BYTES, integer, p, b);
                return true;
            default:
                return EveProtocols.scalar(role, t, text, integer, p, b, s);
        }
    }

    /** @return whether the array is also kept as its {@code suricata.eve} field */
    static boolean array(int role, List<Object> items, EventBuilder b, EveLine s) {
        switch (role) {
            case EveRole.ALERT_TACTIC_ID:
                b.set(EveFields.THREAT_TACTIC_ID, texts(items));
                return false;
            case EveRole.ALERT_TACTIC_NAME:
                b.set(Fields.THREAT_TACTIC_NAME, texts(items));
                return false;
            case EveRole.ALERT_TECHNIQUE_ID:
                b.set(Fields.THREAT_TECHNIQUE_ID, texts(items));
                return false;
            case EveRole.ALERT_TECHNIQUE_NAME:
                b.set(EveFields.THREAT_TECHNIQUE_NAME, texts(items));
                return false;
            case EveRole.DNS_ANSWERS:
                return dnsAnswers(items, b, s);
            case EveRole.DNS_QUERIES:
                if (items.get(0) instanceof Map) {
                    Map<?, ?> q = (Map<?, ?>) items.get(0);
                    if (q.get("rrname") instanceof String) {
                        b.set(Fields.DNS_QUESTION_NAME, (String) q.get("rrname"));
                        s.queriesSeen = true;
                    }
                    if (q.get("rrtype") instanceof String) {
                        b.set(Fields.DNS_QUESTION_TYPE, (String) q.get("rrtype"));
                    }
                }
                return true;
            case EveRole.DNS_GROUPED_A:
            case EveRole.DNS_GROUPED_AAAA:
                for (Object o : items) {
                    if (o instanceof String) {
                        s.resolved((String) o);
                    }
                }
                return true;
            default:
                return true;
        }
    }

    /** v2 and v3 detailed answers become ECS dns.answers (name, type, ttl, data) and dns.resolved_ip. */
    private static boolean dnsAnswers(List<Object> items, EventBuilder b, EveLine s) {
        List<Map<String, Object>> answers = new ArrayList<>(items.size());
        for (Object o : items) {
            if (!(o instanceof Map)) {
                return true; // not the documented shape: keep it as it came
            }
            Map<?, ?> in = (Map<?, ?>) o;
            Map<String, Object> out = new LinkedHashMap<>();
            copy(in, "rrname", out, "name");
            copy(in, "rrtype", out, "type");
            copy(in, "ttl", out, "ttl");
            copy(in, "rdata", out, "data");
            if (out.isEmpty()) {
                return true;
            }
            answers.add(out);
            Object type = in.get("rrtype");
            if (("A".equals(type) || "AAAA".equals(type)) && in.get("rdata") instanceof String) {
                s.resolved((String) in.get("rdata"));
            }
        }
        b.setObjects(Fields.DNS_ANSWERS, ObjectShapes.objects(answers));
        return false;
    }

    private static void copy(Map<?, ?> in, String from, Map<String, Object> out, String to) {
        Object v = in.get(from);
        if (v != null) {
            out.put(to, v);
        }
    }

    private static List<String> texts(List<Object> items) {
        List<String> out = new ArrayList<>(items.size());
        for (Object o : items) {
            out.add(String.valueOf(o));
        }
        return out;
    }

    static IpAddress address(String text, Field ip, Field address, EventBuilder b) {
        b.set(address, text);
        IpAddress parsed = IpAddress.tryParse(text);
        if (parsed != null) {
            b.set(ip, parsed);
        }
        return parsed;
    }

    static boolean number(Field f, boolean integer, JsonParser p, EventBuilder b) throws IOException {
        if (integer) {
            b.set(f, p.getLongValue());
            return true;
        }
        return false;
    }

    private static long counter(Field f, boolean integer, JsonParser p, EventBuilder b) throws IOException {
        if (!integer) {
            return 0;
        }
        long v = p.getLongValue();
        b.set(f, v);
        return v > 0 ? v : 0;
    }

    static boolean text(Field f, boolean text, JsonParser p, EveLine s, EventBuilder b, boolean lower) throws IOException {
        if (text) {
            b.set(f, lower ? lower(s.text(p)) : s.text(p));
        }
        return text;
    }

    static long time(Field f, boolean text, JsonParser p, EventBuilder b) throws IOException {
        long nanos = text ? IsoTime.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength()) : IsoTime.INVALID;
        if (nanos != IsoTime.INVALID) {
            b.setTimestamp(f, nanos);
        }
        return nanos;
    }

    /** Lower case without a copy for the values Suricata writes most. */
    static String lower(String s) {
        switch (s) {
            case "TCP":
                return "tcp";
            case "UDP":
                return "udp";
            case "ICMP":
                return "icmp";
            case "IPv6-ICMP":
                return "ipv6-icmp";
            case "SCTP":
                return "sctp";
            default:
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c >= 'A' && c <= 'Z' || c > 127) {
                        return s.toLowerCase(Locale.ROOT);
                    }
                }
                return s;
        }
    }
}
