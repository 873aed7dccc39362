package io.usiem.parser.webserver.internal;

import io.usiem.api.event.EcsEventType;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.parser.SyslogClock;
import io.usiem.api.parser.SyslogTimestamp;
import io.usiem.api.parser.TextScan;
import io.usiem.api.parser.Urls;

import java.util.ArrayList;
import java.util.List;

/** Turns the values an access log format matched into ECS fields, as Elastic's Apache and Nginx integrations do. */
final class Access {
    private static final long NANOS = 1_000_000_000L;

    private Access() {
    }

    /** @return null, or why a value that the format promises is malformed */
    static String fill(EventBuilder b, String s, LogFormat format, int[] start, int[] end, WebFields f, SyslogClock clock) {
        Var[] vars = format.vars;
        String client = null;
        String forwarded = null;
        long status = -1;
        for (int i = 0; i < vars.length; i++) {
            int from = start[i];
            int to = end[i];
            if (to - from == 1 && s.charAt(from) == '-' || to == from) {
                continue;
            }
            switch (vars[i]) {
                case CLIENT:
                    client = s.substring(from, to);
                    break;
                case FORWARDED_FOR:
                    forwarded = s.substring(from, to);
                    b.set(WebFields.X_FORWARDED_FOR, forwarded);
                    break;
                case CLIENT_PORT:
                    setNumber(b, Fields.SOURCE_PORT, s, from, to);
                    break;
                case IDENT:
                    b.set(f.identity, s.substring(from, to));
                    break;
                case USER:
                    String user = s.substring(from, to);
                    b.set(Fields.USER_NAME, user).append(Fields.RELATED_USER, user);
                    break;
                case TIME_HTTP:
                case TIME_ISO:
                case TIME_MSEC:
                    long t = time(vars[i], s, from, to, clock);
                    if (t == SyslogClock.INVALID) {
                        return "invalid time '" + s.substring(from, Math.min(to, from + 40)) + "'";
                    }
                    b.eventNanos(t);
                    break;
                case REQUEST:
                    if (!Urls.request(b, s, from, to)) {
                        b.set(f.request, s.substring(from, to));
                    }
                    break;
                case STATUS:
                    status = TextScan.number(s, from, to);
                    b.set(Fields.HTTP_RESPONSE_STATUS_CODE, status);
                    break;
                case BODY_BYTES:
                    setNumber(b, Fields.HTTP_RESPONSE_BODY_BYTES, s, from, to);
                    break;
                case RESPONSE_BYTES:
                    setNumber(b, Fields.HTTP_RESPONSE_BYTES, s, from, to);
                    break;
                case REQUEST_BYTES:
                    setNumber(b, Fields.HTTP_REQUEST_BYTES, s, from, to);
                    break;
                case REFERRER:
                    b.set(Fields.HTTP_REQUEST_REFERRER, s.substring(from, to));
                    break;
                case USER_AGENT:
                    b.set(Fields.USER_AGENT_ORIGINAL, s.substring(from, to));
                    break;
                case VHOST:
                    b.set(Fields.DESTINATION_DOMAIN, s.substring(from, to));
                    break;
                case SERVER_PORT:
                    setNumber(b, Fields.DESTINATION_PORT, s, from, to);
                    break;
                case DURATION_MICROS:
                    setDuration(b, TextScan.decimal(s, from, to, 1000));
                    break;
                case DURATION_MILLIS:
                    setDuration(b, TextScan.decimal(s, from, to, 1_000_000));
                    break;
                case DURATION_SECONDS:
                    setDuration(b, TextScan.decimal(s, from, to, NANOS));
                    break;
                case METHOD:
                    b.set(Fields.HTTP_REQUEST_METHOD, s.substring(from, to));
                    break;
                case PATH:
                    if (!b.has(Fields.URL_ORIGINAL)) {
                        b.set(Fields.URL_PATH, s.substring(from, to));
                    }
                    break;
                case QUERY:
                    if (!b.has(Fields.URL_ORIGINAL)) {
                        int q = s.charAt(from) == '?' ? from + 1 : from;
                        if (q < to) {
                            b.set(Fields.URL_QUERY, s.substring(q, to));
                        }
                    }
                    break;
                case PROTOCOL:
                    if (s.startsWith("HTTP/", from) && to > from + 5) {
                        b.set(Fields.HTTP_VERSION, s.substring(from + 5, to));
                    }
                    break;
                case REQUEST_URI:
                    if (!b.has(Fields.URL_ORIGINAL)) {
                        Urls.url(b, s.substring(from, to));
                    }
                    break;
                case PID:
                    setNumber(b, Fields.PROCESS_PID, s, from, to);
                    break;
                case SSL_PROTOCOL:
                    b.set(f.sslProtocol, s.substring(from, to));
                    break;
                case SSL_CIPHER:
                    b.set(f.sslCipher, s.substring(from, to));
                    break;
                default:
                    break;
            }
        }
        client(b, client, forwarded, f);
        b.ecsType(EcsEventType.ACCESS);
        if (status > 0) {
            b.set(Fields.EVENT_OUTCOME, status >= 400 ? "failure" : "success");
        }
        return null;
    }

    /**
     * The client: the first public address of the X-Forwarded-For chain and the peer, else the first
     * address (Elastic's choice for nginx's remote_ip_list); every address goes to related.ip.
     */
    private static void client(EventBuilder b, String peer, String forwarded, WebFields f) {
        if (forwarded == null && peer != null && peer.indexOf(',') > 0) {
            forwarded = peer;
            peer = null;
        }
        if (forwarded == null) {
            if (peer != null) {
                b.set(Fields.SOURCE_ADDRESS, peer);
                IpAddress ip = IpAddress.tryParse(peer);
                if (ip != null) {
                    b.set(Fields.SOURCE_IP, ip).append(Fields.RELATED_IP, ip);
                } else {
                    b.set(Fields.SOURCE_DOMAIN, peer);
                }
            }
            return;
        }
        List<IpAddress> chain = new ArrayList<>(4);
        int from = 0;
        while (from < forwarded.length()) {
            int comma = forwarded.indexOf(',', from);
            int to = comma < 0 ? forwarded.length() : comma;
            int a = from;
            int z = to;
            while (a < z && forwarded.charAt(a) == ' ') {
                a++;
            }
            while (z > a && forwarded.charAt(z - 1) == ' ') {
                z--;
            }
            IpAddress ip = IpAddress.tryParse(forwarded, a, z);
            if (ip != null && !chain.contains(ip)) {
                chain.add(ip);
            }
            from = to + 1;
        }
        IpAddress peerIp = peer == null ? null : IpAddress.tryParse(peer);
        if (peerIp != null && !chain.contains(peerIp)) {
            chain.add(peerIp);
        }
        if (chain.isEmpty()) {
            if (peer != null) {
                b.set(Fields.SOURCE_ADDRESS, peer).set(Fields.SOURCE_DOMAIN, peer);
            }
            return;
        }
        IpAddress chosen = chain.get(0);
        for (IpAddress ip : chain) {
            if (isPublic(ip)) {
                chosen = ip;
                break;
            }
        }
        b.set(Fields.SOURCE_ADDRESS, chosen.toString()).set(Fields.SOURCE_IP, chosen).setIps(f.remoteAddresses, chain);
        for (IpAddress ip : chain) {
            b.append(Fields.RELATED_IP, ip);
        }
    }

    /** Not loopback, RFC 1918, CGNAT, link-local or unique-local. */
    static boolean isPublic(IpAddress ip) {
        if (ip.isV4()) {
            int a = ip.v4();
            int o1 = a >>> 24;
            int o2 = (a >>> 16) & 0xff;
            return !(o1 == 10 || o1 == 127 || o1 == 0 || (o1 == 172 && o2 >= 16 && o2 < 32) || (o1 == 192 && o2 == 168)
                    || (o1 == 100 && o2 >= 64 && o2 < 128) || (o1 == 169 && o2 == 254));
        }
        long high = ip.high();
        int top = (int) (high >>> 48);
        boolean loopback = high == 0 && ip.low() == 1;
        return !(loopback || (top & 0xfe00) == 0xfc00 || (top & 0xffc0) == 0xfe80 || (high == 0 && ip.low() == 0));
    }

    private static void setNumber(EventBuilder b, io.usiem.api.event.Field field, String s, int from, int to) {
        long v = TextScan.number(s, from, to);
        if (v >= 0) {
            b.set(field, v);
        }
    }

    private static void setDuration(EventBuilder b, long nanos) {
        if (nanos >= 0) {
            b.set(Fields.EVENT_DURATION, nanos);
        }
    }

    /** @return epoch nanoseconds of {@code 10/Oct/2000:13:55:36 -0700}, ISO 8601 or {@code 1700000000.123} */
    static long time(Var kind, String s, int from, int to, SyslogClock clock) {
        if (kind == Var.TIME_MSEC) {
            long t = TextScan.decimal(s, from, to, NANOS);
            return t < 0 ? SyslogClock.INVALID : t;
        }
        if (kind == Var.TIME_ISO) {
            SyslogTimestamp ts = new SyslogTimestamp();
            return ts.iso(s.substring(from, to), 0, clock) > 0 ? ts.nanos() : SyslogClock.INVALID;
        }
        return clock.commonLogTime(s, from, to);
    }
}
