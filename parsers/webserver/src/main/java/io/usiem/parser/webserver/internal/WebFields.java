package io.usiem.parser.webserver.internal;

import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;

/**
 * Fields outside the ECS dictionary, named as Elastic's Apache and Nginx integrations name them: one set
 * per product, so the same code writes {@code apache.access.*} or {@code nginx.access.*}.
 */
final class WebFields {
    static final WebFields APACHE = new WebFields("apache", "remote_addresses");
    static final WebFields NGINX = new WebFields("nginx", "remote_ip_list");

    /** The X-Forwarded-For request header as logged (a comma-separated chain of addresses). */
    static final Field X_FORWARDED_FOR = Field.of("http.request.headers.x_forwarded_for", FieldType.KEYWORD);

    final String product;
    /** Every address of the forwarding chain and the peer, in order (the client first). */
    final Field remoteAddresses;
    /** The request line when it is not {@code METHOD URI PROTOCOL} (a TLS handshake, garbage, a scanner). */
    final Field request;
    /** The RFC 1413 identity ({@code %l}), rarely anything but {@code -}. */
    final Field identity;
    final Field sslProtocol;
    final Field sslCipher;
    /** The Apache module of an error log line ({@code core}, {@code authz_core}...). */
    final Field errorModule;
    /** nginx's connection serial number ({@code *9}) of an error log line. */
    final Field connectionId;
    /** The {@code server:} of an nginx error log line. */
    final Field errorServer;

    private WebFields(String product, String remoteList) {
        this.product = product;
        this.remoteAddresses = Field.of(product + ".access." + remoteList, FieldType.IP_LIST);
        this.request = Field.of(product + ".access.request", FieldType.KEYWORD);
        this.identity = Field.of(product + ".access.identity", FieldType.KEYWORD);
        this.sslProtocol = Field.of(product + ".access.ssl.protocol", FieldType.KEYWORD);
        this.sslCipher = Field.of(product + ".access.ssl.cipher", FieldType.KEYWORD);
        this.errorModule = Field.of(product + ".error.module", FieldType.KEYWORD);
        this.connectionId = Field.of(product + ".error.connection_id", FieldType.LONG);
        this.errorServer = Field.of(product + ".error.server", FieldType.KEYWORD);
    }
}
