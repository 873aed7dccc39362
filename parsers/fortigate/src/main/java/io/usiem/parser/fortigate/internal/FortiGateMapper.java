package io.usiem.parser.fortigate.internal;

import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.event.LogSource;
import io.usiem.api.parser.CommunityId;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Maps FortiGate pairs to ECS and {@code fortinet.firewall.*} as Elastic's Fortinet FortiGate integration does. */
final class FortiGateMapper {
    static final LogSource TRAFFIC = LogSource.of("fortigate", null, "firewall");
    static final LogSource UTM = LogSource.of("fortigate", "utm", null);
    static final LogSource WEBFILTER = LogSource.of("fortigate", "utm", "proxy");
    static final LogSource DNS = LogSource.of("fortigate", "utm", "dns");
    static final LogSource EVENT = LogSource.of("fortigate", "event", null);
    private static final Key[] KEYS = Key.values();
    private static final int MAX_KEY = 64;
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
                PairMapper.pair(k, kv, i, b);
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
        communityId(b);
        related(b);
        return null;
    }

    private static void communityId(EventBuilder b) {
        Object src = b.get(Fields.SOURCE_IP);
        Object dst = b.get(Fields.DESTINATION_IP);
        Object sport = b.get(Fields.SOURCE_PORT);
        Object dport = b.get(Fields.DESTINATION_PORT);
        Object proto = b.get(Fields.NETWORK_IANA_NUMBER);
        if (src instanceof IpAddress && dst instanceof IpAddress && sport instanceof Long && dport instanceof Long
                && ("6".equals(proto) || "17".equals(proto) || "132".equals(proto))) {
            String id = CommunityId.of((IpAddress) src, (Long) sport, (IpAddress) dst, (Long) dport,
                    Integer.parseInt((String) proto));
            if (id != null) {
                b.set(Fields.NETWORK_COMMUNITY_ID, id);
            }
        }
    }

    /** A key the parser has no mapping for: {@code fortinet.firewall.<key>}, as long as the key is a word. */
    private static void unknown(KvLine kv, int i, EventBuilder b) {
        if (kv.keyEnd(i) - kv.keyStart(i) > MAX_KEY) {
            return; // no FortiOS key is this long; each new name would be a field cached for the JVM's life
        }
        String line = kv.line();
        for (int k = kv.keyStart(i); k < kv.keyEnd(i); k++) {
            char c = line.charAt(k);
            if (c == '-' || c == '.') {
                return; // Elastic drops keys that are not words; so do we
            }
        }
        b.set(Field.of(Key.PREFIX + kv.key(i), FieldType.KEYWORD), kv.value(i));
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
            PairMapper.ip(kv, rem, remIp, Key.remip, b);
            if (remPort >= 0) {
                PairMapper.number(kv, remPort, vpn ? Fields.SOURCE_PORT : Fields.DESTINATION_PORT, 1, Key.remport, b);
            }
        }
        if (loc >= 0 && !b.has(locIp)) {
            PairMapper.ip(kv, loc, locIp, Key.locip, b);
            if (locPort >= 0) {
                PairMapper.number(kv, locPort, vpn ? Fields.DESTINATION_PORT : Fields.SOURCE_PORT, 1, Key.locport, b);
            }
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
