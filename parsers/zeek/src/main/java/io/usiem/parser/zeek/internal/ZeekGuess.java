package io.usiem.parser.zeek.internal;

/** Tells a Zeek JSON record's log from its columns when neither {@code _path} nor the source type does. */
final class ZeekGuess {
    private ZeekGuess() {
    }

    /** @return the log, or null when the columns fit no standard log */
    static String log(ZeekJson r) {
        if (r.get("conn_state") != null || r.get("orig_ip_bytes") != null) {
            return "conn";
        } else if (r.get("qtype_name") != null || r.get("trans_id") != null && r.get("rcode") != null || r.get("query") != null && r.get("qclass") != null) {
            return "dns";
        } else if (r.get("trans_depth") != null || r.get("status_code") != null && r.get("method") != null) {
            return "http";
        } else if (r.get("certificate.serial") != null || r.get("certificate.subject") != null) {
            return "x509";
        } else if (r.get("ssl_history") != null || r.get("cipher") != null && r.get("server_name") != null || r.get("established") != null && r.get("version") != null) {
            return "ssl";
        } else if (r.get("times.modified") != null || r.get("action") != null && r.get("fuid") != null) {
            return "smb_files";
        } else if (r.get("share_type") != null) {
            return "smb_mapping";
        } else if (r.get("seen_bytes") != null || r.get("fuid") != null && r.get("mime_type") != null) {
            return "files";
        } else if (r.get("note") != null) {
            return "notice";
        } else if (r.get("request_type") != null && r.get("client") != null || r.get("till") != null) {
            return "kerberos";
        } else if (r.get("auth_success") != null || r.get("host_key") != null || r.get("auth_attempts") != null) {
            return "ssh";
        } else if (r.get("name") != null && r.get("notice") != null && r.get("peer") != null) {
            return "weird";
        }
        return null;
    }
}
