package io.usiem.parser.zeek.internal;

import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Field;
import io.usiem.api.event.Fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** ECS from the ssl, x509, files, notice, weird, kerberos, smb and ssh logs' columns; these are all kept too. */
final class ZeekAppMapper {
    private ZeekAppMapper() {
    }

    static boolean map(String log, String name, Object v, EventBuilder b, ZeekLine s) {
        switch (log) {
            case "ssl":
                ssl(name, v, b);
                return true;
            case "x509":
                x509(name, v, b);
                return true;
            case "files":
                files(name, v, b);
                if (name.equals("tx_hosts") || name.equals("rx_hosts")) {
                    s.relatedAddresses(v); // Zeek before 6 names the hosts instead of the connection
                }
                return true;
            case "notice":
                notice(name, v, b, s);
                return true;
            case "weird":
                if (name.equals("name")) {
                    ZeekMapper.text(Fields.RULE_NAME, v, b);
                }
                return true;
            case "kerberos":
                kerberos(name, v, b, s);
                return true;
            case "smb_files":
                smbFiles(name, v, b, s);
                return true;
            case "ssh":
                if (name.equals("auth_success")) {
                    s.success = ZeekMapper.asBoolean(v);
                } else if (name.equals("direction") && v instanceof String) {
                    b.set(Fields.NETWORK_DIRECTION, ((String) v).toLowerCase(Locale.ROOT));
                }
                return true;
            default:
                return true;
        }
    }

    private static void ssl(String name, Object v, EventBuilder b) {
        switch (name) {
            case "version":
                if (v instanceof String) {
                    tlsVersion((String) v, b);
                }
                break;
            case "cipher":
                ZeekMapper.text(Fields.TLS_CIPHER, v, b);
                break;
            case "curve":
                ZeekMapper.text(ZeekFields.TLS_CURVE, v, b);
                break;
            case "server_name":
                if (ZeekMapper.text(Fields.TLS_CLIENT_SERVER_NAME, v, b)) {
                    b.set(Fields.DESTINATION_DOMAIN, (String) v);
                }
                break;
            case "resumed":
                bool(Fields.TLS_RESUMED, v, b);
                break;
            case "established":
                bool(Fields.TLS_ESTABLISHED, v, b);
                break;
            case "next_protocol":
                ZeekMapper.text(ZeekFields.TLS_NEXT_PROTOCOL, v, b);
                break;
            case "ja3":
                ZeekMapper.text(Fields.TLS_CLIENT_JA3, v, b);
                break;
            case "ja3s":
                ZeekMapper.text(Fields.TLS_SERVER_JA3S, v, b);
                break;
            case "subject":
                ZeekMapper.text(Fields.TLS_SERVER_SUBJECT, v, b);
                break;
            case "issuer":
                ZeekMapper.text(Fields.TLS_SERVER_ISSUER, v, b);
                break;
            case "client_subject":
                ZeekMapper.text(ZeekFields.TLS_CLIENT_SUBJECT, v, b);
                break;
            case "client_issuer":
                ZeekMapper.text(ZeekFields.TLS_CLIENT_ISSUER, v, b);
                break;
            default:
                break;
        }
    }

    /** {@code TLSv12} gives tls 1.2, {@code TLSv13} 1.3, {@code SSLv3} ssl 3.0, {@code DTLSv12} dtls 1.2. */
    private static void tlsVersion(String v, EventBuilder b) {
        int at = v.indexOf('v');
        if (at <= 0 || at + 1 >= v.length()) {
            return;
        }
        String protocol = v.substring(0, at).toLowerCase(Locale.ROOT);
        String digits = v.substring(at + 1);
        String version = digits.length() == 2 ? digits.charAt(0) + "." + digits.charAt(1)
                : digits.length() == 1 ? digits + ".0" : digits;
        b.set(Fields.TLS_VERSION_PROTOCOL, protocol).set(Fields.TLS_VERSION, version);
    }

    private static void x509(String name, Object v, EventBuilder b) {
        switch (name) {
            case "certificate.serial":
                ZeekMapper.text(ZeekFields.X509_SERIAL, v, b);
                break;
            case "certificate.subject":
                ZeekMapper.text(ZeekFields.X509_SUBJECT, v, b);
                break;
            case "certificate.issuer":
                ZeekMapper.text(ZeekFields.X509_ISSUER, v, b);
                break;
            case "certificate.not_valid_before":
                time(ZeekFields.X509_NOT_BEFORE, v, b);
                break;
            case "certificate.not_valid_after":
                time(ZeekFields.X509_NOT_AFTER, v, b);
                break;
            case "certificate.key_alg":
                ZeekMapper.text(ZeekFields.X509_KEY_ALG, v, b);
                break;
            case "certificate.sig_alg":
                ZeekMapper.text(ZeekFields.X509_SIG_ALG, v, b);
                break;
            case "certificate.key_length":
                ZeekMapper.number(ZeekFields.X509_KEY_SIZE, v, b);
                break;
            case "certificate.version":
                b.set(ZeekFields.X509_VERSION, String.valueOf(v));
                break;
            case "san.dns":
                if (v instanceof List) {
                    List<String> names = new ArrayList<>();
                    for (Object o : (List<?>) v) {
                        names.add(String.valueOf(o));
                    }
                    b.set(ZeekFields.X509_ALT_NAMES, names);
                }
                break;
            default:
                break;
        }
    }

    private static void files(String name, Object v, EventBuilder b) {
        switch (name) {
            case "mime_type":
                ZeekMapper.text(Fields.FILE_MIME_TYPE, v, b);
                break;
            case "filename":
                ZeekMapper.text(Fields.FILE_NAME, v, b);
                break;
            case "total_bytes":
                ZeekMapper.number(Fields.FILE_SIZE, v, b);
                break;
            case "md5":
                ZeekMapper.text(Fields.FILE_HASH_MD5, v, b);
                break;
            case "sha1":
                ZeekMapper.text(Fields.FILE_HASH_SHA1, v, b);
                break;
            case "sha256":
                ZeekMapper.text(Fields.FILE_HASH_SHA256, v, b);
                break;
            default:
                break;
        }
    }

    private static void notice(String name, Object v, EventBuilder b, ZeekLine s) {
        switch (name) {
            case "note":
                ZeekMapper.text(Fields.RULE_NAME, v, b);
                break;
            case "msg":
                if (ZeekMapper.text(Fields.RULE_DESCRIPTION, v, b)) {
                    b.set(Fields.MESSAGE, (String) v);
                }
                break;
            case "src":
                if (s.srcIp == null) {
                    s.srcIp = ZeekMapper.address(v, Fields.SOURCE_IP, Fields.SOURCE_ADDRESS, b);
                }
                break;
            case "dst":
                if (s.dstIp == null) {
                    s.dstIp = ZeekMapper.address(v, Fields.DESTINATION_IP, Fields.DESTINATION_ADDRESS, b);
                }
                break;
            case "dropped":
                s.dropped = ZeekMapper.asBoolean(v);
                break;
            case "file_mime_type":
                ZeekMapper.text(Fields.FILE_MIME_TYPE, v, b);
                break;
            case "p":
                if (!b.has(Fields.DESTINATION_PORT)) {
                    ZeekMapper.number(Fields.DESTINATION_PORT, v, b);
                }
                break;
            default:
                break;
        }
    }

    private static void kerberos(String name, Object v, EventBuilder b, ZeekLine s) {
        switch (name) {
            case "client":
                if (v instanceof String && !((String) v).isEmpty()) {
                    String client = (String) v;
                    int slash = client.indexOf('/');
                    String user = slash > 0 ? client.substring(0, slash) : client;
                    b.set(Fields.USER_NAME, user).set(Fields.RELATED_USER, List.of(user));
                    if (slash > 0 && slash + 1 < client.length()) {
                        b.set(Fields.USER_DOMAIN, client.substring(slash + 1));
                    }
                    s.hasUser = true;
                }
                break;
            case "success":
                s.success = ZeekMapper.asBoolean(v);
                break;
            case "request_type":
                ZeekMapper.text(Fields.EVENT_ACTION, v, b);
                break;
            default:
                break;
        }
    }

    private static void smbFiles(String name, Object v, EventBuilder b, ZeekLine s) {
        switch (name) {
            case "action":
                ZeekMapper.text(Fields.EVENT_ACTION, v, b);
                break;
            case "name":
                if (ZeekMapper.text(Fields.FILE_NAME, v, b)) {
                    s.smbName = (String) v;
                }
                break;
            case "path":
                if (v instanceof String) {
                    s.smbPath = (String) v;
                }
                break;
            case "size":
                ZeekMapper.number(Fields.FILE_SIZE, v, b);
                break;
            default:
                break;
        }
    }

    private static void bool(Field f, Object v, EventBuilder b) {
        Boolean value = ZeekMapper.asBoolean(v);
        if (value != null) {
            b.set(f, (boolean) value);
        }
    }

    private static void time(Field f, Object v, EventBuilder b) {
        long t = ZeekTime.of(v);
        if (t != ZeekTime.INVALID) {
            b.setTimestamp(f, t);
        }
    }
}
