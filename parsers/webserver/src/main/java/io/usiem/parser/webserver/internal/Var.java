package io.usiem.parser.webserver.internal;

import java.util.Locale;

/** What a directive of a log format ({@code %h}, {@code $remote_addr}...) logs, as far as the parser maps it. */
enum Var {
    CLIENT, CLIENT_PORT, IDENT, USER, TIME_HTTP, TIME_ISO, TIME_MSEC, REQUEST, STATUS, BODY_BYTES, RESPONSE_BYTES,
    REQUEST_BYTES, REFERRER, USER_AGENT, FORWARDED_FOR, VHOST, SERVER_PORT, DURATION_MICROS, DURATION_MILLIS,
    DURATION_SECONDS, METHOD, PATH, QUERY, PROTOCOL, REQUEST_URI, PID, SSL_PROTOCOL, SSL_CIPHER,
    /** Logged but not mapped: skipped. */
    OTHER;

    /** @return the meaning of Apache's {@code %<arg>x} directive (modifiers already removed) */
    static Var apache(char directive, String arg) {
        String a = arg == null ? null : arg.toLowerCase(Locale.ROOT);
        switch (directive) {
            case 'h':
            case 'a':
                return "c".equals(a) || a == null ? CLIENT : OTHER;
            case 'l':
                return IDENT;
            case 'u':
                return USER;
            case 'r':
                return REQUEST;
            case 's':
                return STATUS;
            case 'b':
            case 'B':
                return BODY_BYTES;
            case 'O':
                return RESPONSE_BYTES;
            case 'I':
                return REQUEST_BYTES;
            case 'v':
            case 'V':
                return VHOST;
            case 'p':
                return a == null || "canonical".equals(a) || "local".equals(a) ? SERVER_PORT : "remote".equals(a) ? CLIENT_PORT : OTHER;
            case 'D':
                return DURATION_MICROS;
            case 'T':
                return a == null || "s".equals(a) ? DURATION_SECONDS : "ms".equals(a) ? DURATION_MILLIS : "us".equals(a) ? DURATION_MICROS : OTHER;
            case 'm':
                return METHOD;
            case 'U':
                return PATH;
            case 'q':
                return QUERY;
            case 'H':
                return PROTOCOL;
            case 'P':
                return a == null || "pid".equals(a) ? PID : OTHER;
            case 'i':
                return a == null ? OTHER : "referer".equals(a) ? REFERRER : "user-agent".equals(a) ? USER_AGENT
                        : "x-forwarded-for".equals(a) ? FORWARDED_FOR : OTHER;
            case 'x':
                return "ssl_protocol".equals(a) ? SSL_PROTOCOL : "ssl_cipher".equals(a) ? SSL_CIPHER : OTHER;
            default:
                return OTHER;
        }
    }

    /** @return the meaning of the nginx variable {@code $name} */
    static Var nginx(String name) {
        switch (name) {
            case "remote_addr":
            case "realip_remote_addr":
                return CLIENT;
            case "remote_port":
                return CLIENT_PORT;
            case "remote_user":
                return USER;
            case "time_local":
                return TIME_HTTP;
            case "time_iso8601":
                return TIME_ISO;
            case "msec":
                return TIME_MSEC;
            case "request":
                return REQUEST;
            case "status":
                return STATUS;
            case "body_bytes_sent":
                return BODY_BYTES;
            case "bytes_sent":
                return RESPONSE_BYTES;
            case "request_length":
                return REQUEST_BYTES;
            case "http_referer":
                return REFERRER;
            case "http_user_agent":
                return USER_AGENT;
            case "http_x_forwarded_for":
                return FORWARDED_FOR;
            case "host":
            case "http_host":
            case "server_name":
                return VHOST;
            case "server_port":
                return SERVER_PORT;
            case "request_time":
                return DURATION_SECONDS;
            case "request_method":
                return METHOD;
            case "uri":
            case "document_uri":
                return PATH;
            case "args":
            case "query_string":
                return QUERY;
            case "server_protocol":
                return PROTOCOL;
            case "request_uri":
                return REQUEST_URI;
            case "pid":
                return PID;
            case "ssl_protocol":
                return SSL_PROTOCOL;
            case "ssl_cipher":
                return SSL_CIPHER;
            default:
                return OTHER;
        }
    }

    /** A value of this kind cannot contain the separator character that follows it unquoted. */
    boolean numeric() {
        return this == STATUS || this == BODY_BYTES || this == RESPONSE_BYTES || this == REQUEST_BYTES || this == SERVER_PORT
                || this == CLIENT_PORT || this == DURATION_MICROS || this == DURATION_MILLIS || this == DURATION_SECONDS
                || this == PID || this == TIME_MSEC;
    }
}
