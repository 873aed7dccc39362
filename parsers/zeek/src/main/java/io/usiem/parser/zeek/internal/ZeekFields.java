package io.usiem.parser.zeek.internal;

import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;

/** ECS and vendor fields this parser fills that the dictionary does not hold. */
final class ZeekFields {
    static final Field SESSION_ID = Field.of("zeek.session_id", FieldType.KEYWORD);
    static final Field URL_USERNAME = Field.of("url.username", FieldType.KEYWORD);
    static final Field URL_PASSWORD = Field.of("url.password", FieldType.KEYWORD);
    static final Field TLS_CURVE = Field.of("tls.curve", FieldType.KEYWORD);
    static final Field TLS_NEXT_PROTOCOL = Field.of("tls.next_protocol", FieldType.KEYWORD);
    static final Field TLS_CLIENT_SUBJECT = Field.of("tls.client.subject", FieldType.KEYWORD);
    static final Field TLS_CLIENT_ISSUER = Field.of("tls.client.issuer", FieldType.KEYWORD);
    static final Field X509_SERIAL = Field.of("x509.serial_number", FieldType.KEYWORD);
    static final Field X509_SUBJECT = Field.of("x509.subject.distinguished_name", FieldType.KEYWORD);
    static final Field X509_ISSUER = Field.of("x509.issuer.distinguished_name", FieldType.KEYWORD);
    static final Field X509_NOT_BEFORE = Field.of("x509.not_before", FieldType.TIMESTAMP);
    static final Field X509_NOT_AFTER = Field.of("x509.not_after", FieldType.TIMESTAMP);
    static final Field X509_KEY_ALG = Field.of("x509.public_key_algorithm", FieldType.KEYWORD);
    static final Field X509_SIG_ALG = Field.of("x509.signature_algorithm", FieldType.KEYWORD);
    static final Field X509_KEY_SIZE = Field.of("x509.public_key_size", FieldType.LONG);
    static final Field X509_VERSION = Field.of("x509.version_number", FieldType.KEYWORD);
    static final Field X509_ALT_NAMES = Field.of("x509.alternative_names", FieldType.KEYWORD_LIST);
    static final Field CONNECTION_STATE = Field.of("zeek.connection.state", FieldType.KEYWORD);
    static final Field CONNECTION_STATE_MESSAGE = Field.of("zeek.connection.state_message", FieldType.KEYWORD);

    static final Field ICMP_TYPE = Field.of("zeek.connection.icmp.type", FieldType.LONG);
    static final Field ICMP_CODE = Field.of("zeek.connection.icmp.code", FieldType.LONG);

    private ZeekFields() {
    }
}
