package io.usiem.parser.suricata.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Fields;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** The ECS mapping of the application-layer members: http, fileinfo, dns, tls, dhcp. */
final class EveProtocols {
    private EveProtocols() {
    }

    /** @return whether the member is also kept as its {@code suricata.eve} field */
    static boolean scalar(int role, JsonToken t, boolean text, boolean integer, JsonParser p, EventBuilder b, EveLine s)
            throws IOException {
        switch (role) {
            case EveRole.HTTP_HOSTNAME:
                if (text) {
                    String host = s.text(p);
                    b.set(Fields.DESTINATION_DOMAIN, host).set(Fields.URL_DOMAIN, host).set(Fields.RELATED_HOSTS, List.of(host));
                }
                return !text;
            case EveRole.HTTP_URL:
                if (text) {
                    url(s.text(p), b);
                }
                return !text;
            case EveRole.HTTP_METHOD:
                return !EveMapper.text(Fields.HTTP_REQUEST_METHOD, text, p, s, b, false);
            case EveRole.HTTP_STATUS:
                if (integer) {
                    s.httpStatus = p.getLongValue();
                }
                return !EveMapper.number(Fields.HTTP_RESPONSE_STATUS_CODE, integer, p, b);
            case EveRole.HTTP_USER_AGENT:
                return !EveMapper.text(Fields.USER_AGENT_ORIGINAL, text, p, s, b, false);
            case EveRole.HTTP_REFER:
                return !EveMapper.text(Fields.HTTP_REQUEST_REFERRER, text, p, s, b, false);
            case EveRole.HTTP_LENGTH:
                return !EveMapper.number(Fields.HTTP_RESPONSE_BODY_BYTES, integer, p, b);
            case EveRole.HTTP_PROTOCOL:
                if (text && s.text(p).startsWith("HTTP/") && s.text(p).length() > 5) {
                    b.set(Fields.HTTP_VERSION, s.text(p).substring(5));
                }
                return true;
            case EveRole.FILE_NAME:
                if (text) {
                    String path = s.text(p);
                    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
                    b.set(Fields.FILE_PATH, path).set(Fields.FILE_NAME, slash < 0 ? path : path.substring(slash + 1));
                }
                return !text;
            case EveRole.FILE_SIZE:
                return !EveMapper.number(Fields.FILE_SIZE, integer, p, b);
            case EveRole.FILE_MD5:
                EveMapper.text(Fields.FILE_HASH_MD5, text, p, s, b, false);
                return true;
            case EveRole.FILE_SHA1:
                EveMapper.text(Fields.FILE_HASH_SHA1, text, p, s, b, false);
                return true;
            case EveRole.FILE_SHA256:
                EveMapper.text(Fields.FILE_HASH_SHA256, text, p, s, b, false);
                return true;
            default:
                return dnsTls(role, t, text, integer, p, b, s);
        }
    }

    private static boolean dnsTls(int role, JsonToken t, boolean text, boolean integer, JsonParser p, EventBuilder b, EveLine s)
            throws IOException {
        switch (role) {
            case EveRole.DNS_TYPE:
                if (text) {
                    s.dnsType = s.text(p);
                    String type = s.dnsType.equals("request") ? "query" : s.dnsType.equals("response") ? "answer" : s.dnsType;
                    b.set(Fields.DNS_TYPE, type);
                }
                return true;
            case EveRole.DNS_ID:
                if (integer || text) {
                    b.set(Fields.DNS_ID, s.text(p));
                }
                return true;
            case EveRole.DNS_RRNAME:
                s.rrname = text ? s.text(p) : null;
                return true;
            case EveRole.DNS_RRTYPE:
                s.rrtype = text ? s.text(p) : null;
                return true;
            case EveRole.DNS_RCODE:
                EveMapper.text(Fields.DNS_RESPONSE_CODE, text, p, s, b, false);
                return true;
            case EveRole.DNS_RDATA:
                s.rdata = text ? s.text(p) : null;
                return true;
            case EveRole.DNS_TTL:
                s.ttl = integer ? p.getLongValue() : -1;
                return true;
            case EveRole.DNS_VERSION:
                s.dnsVersion = integer ? p.getLongValue() : 0;
                return true;
            case EveRole.DNS_AA:
            case EveRole.DNS_TC:
            case EveRole.DNS_RD:
            case EveRole.DNS_RA:
                if (t == JsonToken.VALUE_TRUE) {
                    s.flag(role == EveRole.DNS_AA ? "AA" : role == EveRole.DNS_TC ? "TC" : role == EveRole.DNS_RD ? "RD" : "RA");
                }
                return true;
            case EveRole.TLS_SNI:
                if (text && !s.text(p).isEmpty()) {
                    String sni = s.text(p);
                    sni = sni.endsWith(".") ? sni.substring(0, sni.length() - 1) : sni;
                    b.set(Fields.TLS_CLIENT_SERVER_NAME, sni).set(Fields.DESTINATION_DOMAIN, sni);
                }
                return true;
            case EveRole.TLS_SUBJECT:
                if (EveMapper.text(Fields.TLS_SERVER_SUBJECT, text, p, s, b, false)) {
                    DistinguishedName.subject(s.text(p), b);
                }
                return true;
            case EveRole.TLS_ISSUER:
                if (EveMapper.text(Fields.TLS_SERVER_ISSUER, text, p, s, b, false)) {
                    DistinguishedName.issuer(s.text(p), b);
                }
                return true;
            case EveRole.TLS_VERSION:
                if (text) {
                    tlsVersion(s.text(p), b);
                }
                return true;
            case EveRole.TLS_FINGERPRINT:
                if (text && !s.text(p).isEmpty()) {
                    String sha1 = s.text(p).replace(":", "").toUpperCase(Locale.ROOT);
                    b.set(Fields.TLS_SERVER_HASH_SHA1, sha1).set(EveFields.RELATED_HASH, List.of(sha1));
                }
                return true;
            case EveRole.TLS_JA3:
                EveMapper.text(Fields.TLS_CLIENT_JA3, text, p, s, b, false);
                return true;
            case EveRole.TLS_JA3S:
                EveMapper.text(Fields.TLS_SERVER_JA3S, text, p, s, b, false);
                return true;
            case EveRole.TLS_NOTBEFORE:
                EveMapper.time(Fields.TLS_SERVER_NOT_BEFORE, text, p, b);
                return true;
            case EveRole.TLS_NOTAFTER:
                EveMapper.time(Fields.TLS_SERVER_NOT_AFTER, text, p, b);
                return true;
            case EveRole.TLS_RESUMED:
                if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                    b.set(Fields.TLS_RESUMED, t == JsonToken.VALUE_TRUE);
                }
                return true;
            case EveRole.TLS_SERIAL:
                if (text) {
                    b.set(EveFields.TLS_SERVER_SERIAL, s.text(p).replace(":", ""));
                }
                return true;
            case EveRole.DHCP_CLIENT_MAC:
                s.dhcpMac = EveMapper.text(Fields.CLIENT_MAC, text, p, s, b, false);
                return true;
            default:
                return true;
        }
    }

    /** {@code TLS 1.2} gives protocol tls, version 1.2; {@code SSLv3} gives ssl, 3.0. */
    private static void tlsVersion(String v, EventBuilder b) {
        int space = v.indexOf(' ');
        if (space > 0 && space + 1 < v.length()) {
            b.set(Fields.TLS_VERSION_PROTOCOL, v.substring(0, space).toLowerCase(Locale.ROOT))
                    .set(Fields.TLS_VERSION, v.substring(space + 1));
        } else if (v.startsWith("SSLv") && v.length() == 5) {
            b.set(Fields.TLS_VERSION_PROTOCOL, "ssl").set(Fields.TLS_VERSION, v.charAt(4) + ".0");
        }
    }

    /** url.original, and its path, query and fragment when it is a request target. */
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
