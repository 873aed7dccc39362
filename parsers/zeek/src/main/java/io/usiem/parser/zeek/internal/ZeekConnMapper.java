package io.usiem.parser.zeek.internal;

import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Fields;

import java.util.List;

/** ECS from the conn, dns and http logs' columns. */
final class ZeekConnMapper {
    private ZeekConnMapper() {
    }

    static boolean conn(String name, Object v, EventBuilder b, ZeekLine s) {
        switch (name) {
            case "service":
                return !ZeekMapper.text(Fields.NETWORK_PROTOCOL, v, b);
            case "duration": {
                long d = ZeekTime.interval(v);
                if (d == ZeekTime.INVALID) {
                    return true;
                }
                b.set(Fields.EVENT_DURATION, d);
                return false;
            }
            case "orig_ip_bytes":
                // Elastic counts the IP-level bytes: orig_bytes/resp_bytes are payload only and stay vendor fields.
                s.srcBytes = counter(Fields.SOURCE_BYTES, v, b);
                return s.srcBytes < 0;
            case "resp_ip_bytes":
                s.dstBytes = counter(Fields.DESTINATION_BYTES, v, b);
                return s.dstBytes < 0;
            case "orig_pkts":
                s.srcPkts = counter(Fields.SOURCE_PACKETS, v, b);
                return s.srcPkts < 0;
            case "resp_pkts":
                s.dstPkts = counter(Fields.DESTINATION_PACKETS, v, b);
                return s.dstPkts < 0;
            case "conn_state": {
                String state = String.valueOf(v);
                s.connState = state;
                b.set(ZeekFields.CONNECTION_STATE, state);
                String message = ZeekConnStates.message(state);
                if (message != null) {
                    b.set(ZeekFields.CONNECTION_STATE_MESSAGE, message);
                }
                return false;
            }
            case "local_orig":
                s.localOrig = ZeekMapper.asBoolean(v);
                return true;
            case "local_resp":
                s.localResp = ZeekMapper.asBoolean(v);
                return true;
            case "orig_l2_addr":
                return !ZeekMapper.text(Fields.SOURCE_MAC, v, b);
            case "resp_l2_addr":
                return !ZeekMapper.text(Fields.DESTINATION_MAC, v, b);
            default:
                return true;
        }
    }

    /** A counter's value, set on the field; -1 when it is not a number. */
    private static long counter(io.usiem.api.event.Field f, Object v, EventBuilder b) {
        long n = ZeekMapper.asLong(v);
        if (n == Long.MIN_VALUE || n < 0) {
            return -1;
        }
        b.set(f, n);
        return n;
    }

    static boolean dns(String name, Object v, EventBuilder b, ZeekLine s) {
        switch (name) {
            case "query":
                ZeekMapper.text(Fields.DNS_QUESTION_NAME, v, b);
                return true;
            case "qclass": {
                String cls = qclass(ZeekMapper.asLong(v));
                if (cls != null) {
                    b.set(Fields.DNS_QUESTION_CLASS, cls);
                }
                return true;
            }
            case "rtt": {
                long d = ZeekTime.interval(v);
                if (d != ZeekTime.INVALID) {
                    b.set(Fields.EVENT_DURATION, d);
                }
                return true;
            }
            case "Z":
                // The reserved header bit: kept (zeek.dns.Z) because Sigma's zeek rules read it (a set Z bit is a
                // tunnelling tell; without the column every query looked like one).
                return true;
            case "qtype_name":
                ZeekMapper.text(Fields.DNS_QUESTION_TYPE, v, b);
                return true;
            case "rcode_name":
                s.answered = ZeekMapper.text(Fields.DNS_RESPONSE_CODE, v, b);
                return true;
            case "trans_id":
                b.set(Fields.DNS_ID, String.valueOf(v));
                return true;
            case "answers":
                s.answers = v instanceof List ? (List<?>) v : List.of(v);
                return true;
            case "TTLs":
                s.ttls = v instanceof List ? (List<?>) v : List.of(v);
                return true;
            case "AA":
            case "TC":
            case "RD":
            case "RA":
                if (Boolean.TRUE.equals(ZeekMapper.asBoolean(v))) {
                    s.flag(name);
                }
                return true;
            default:
                return true;
        }
    }

    /** The DNS class names Elastic gives Zeek's qclass numbers. */
    private static String qclass(long qclass) {
        switch ((int) qclass) {
            case 1:
                return "IN";
            case 3:
                return "CH";
            case 4:
                return "HS";
            case 254:
                return "NONE";
            case 255:
                return "ANY";
            default:
                return null;
        }
    }

    static boolean http(String name, Object v, EventBuilder b, ZeekLine s) {
        switch (name) {
            case "method":
                if (ZeekMapper.text(Fields.HTTP_REQUEST_METHOD, v, b)) {
                    b.set(Fields.EVENT_ACTION, (String) v);
                    return false;
                }
                return true;
            case "host":
                if (v instanceof String) {
                    b.set(Fields.URL_DOMAIN, (String) v);
                    return false;
                }
                return true;
            case "uri":
                if (v instanceof String) {
                    url((String) v, b);
                    return false;
                }
                return true;
            case "referrer":
                return !ZeekMapper.text(Fields.HTTP_REQUEST_REFERRER, v, b);
            case "version":
                return !ZeekMapper.text(Fields.HTTP_VERSION, v, b);
            case "user_agent":
                return !ZeekMapper.text(Fields.USER_AGENT_ORIGINAL, v, b);
            case "request_body_len":
                return !ZeekMapper.number(Fields.HTTP_REQUEST_BODY_BYTES, v, b);
            case "response_body_len":
                return !ZeekMapper.number(Fields.HTTP_RESPONSE_BODY_BYTES, v, b);
            case "status_code":
                s.status = ZeekMapper.asLong(v);
                return !ZeekMapper.number(Fields.HTTP_RESPONSE_STATUS_CODE, v, b);
            case "username":
                if (v instanceof String) {
                    b.set(ZeekFields.URL_USERNAME, (String) v).set(Fields.USER_NAME, (String) v)
                            .set(Fields.RELATED_USER, List.of((String) v));
                    return false;
                }
                return true;
            case "password":
                return !ZeekMapper.text(ZeekFields.URL_PASSWORD, v, b);
            default:
                return true;
        }
    }

    private static void url(String url, EventBuilder b) {
        b.set(Fields.URL_ORIGINAL, url);
        if (url.isEmpty() || url.charAt(0) != '/') {
            return;
        }
        int hash = url.indexOf('#');
        int end = hash < 0 ? url.length() : hash;
        int q = url.indexOf('?');
        if (q > end) {
            q = -1;
        }
        b.set(Fields.URL_PATH, url.substring(0, q < 0 ? end : q));
        if (q >= 0) {
            b.set(Fields.URL_QUERY, url.substring(q + 1, end));
        }
        if (hash >= 0) {
            b.set(Fields.URL_FRAGMENT, url.substring(hash + 1));
        }
    }
}
