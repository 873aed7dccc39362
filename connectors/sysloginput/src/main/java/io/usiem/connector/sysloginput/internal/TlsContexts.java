package io.usiem.connector.sysloginput.internal;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;

import java.io.File;
import java.util.Locale;

import javax.net.ssl.SSLException;

/**
 * The server TLS context of a listener (RFC 5425: TLS 1.2 or 1.3, octet-counted frames) from PEM files, as rsyslog
 * and syslog-ng users already have them. The JDK's TLS stack is used, so no native library is needed in Karaf.
 */
final class TlsContexts {
    /**
     * Past TLS 1.3's 7-day ticket limit, so the JDK sends no NewSessionTicket after the handshake. A syslog sender
     * writes and never reads; a ticket it never read makes its kernel answer the sender's close with a reset, and a
     * reset makes the receiving kernel discard what the listener had not read yet (loggen lost hundreds of messages
     * that way). Syslog connections are long-lived, so resumption is worth nothing here.
     */
    static final long NO_TICKETS_SESSION_TIMEOUT_SECONDS = 8L * 24 * 3600;

    private TlsContexts() {
    }

    /**
     * @param config the listener's configuration
     * @return the context, or null when no certificate is configured (the listener then waits for one)
     * @throws IllegalArgumentException naming the listener and the file when the files cannot be used
     */
    static SslContext serverContext(SyslogListenerConfig config) {
        String pid = SyslogListenerConfig.FACTORY_PID + " " + config.name() + ": ";
        String cert = config.tls_certificate().trim();
        String key = config.tls_key().trim();
        if (cert.isEmpty() && key.isEmpty()) {
            return null;
        }
        if (cert.isEmpty() || key.isEmpty()) {
            throw new IllegalArgumentException(pid + "TLS needs both tls.certificate and tls.key");
        }
        ClientAuth auth = clientAuth(config, pid);
        String ca = config.tls_client_ca().trim();
        if (auth != ClientAuth.NONE && ca.isEmpty()) {
            throw new IllegalArgumentException(pid + "tls.client.auth=" + config.tls_client_auth()
                    + " needs tls.client.ca (the CAs that sign client certificates)");
        }
        try {
            String password = config.tls_key_password().isEmpty() ? null : config.tls_key_password();
            SslContextBuilder b = SslContextBuilder.forServer(readable(cert, pid), readable(key, pid), password)
                    .sslProvider(SslProvider.JDK).protocols("TLSv1.3", "TLSv1.2").clientAuth(auth)
                    .sessionTimeout(NO_TICKETS_SESSION_TIMEOUT_SECONDS);
            if (!ca.isEmpty()) {
                b.trustManager(readable(ca, pid));
            }
            return b.build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new IllegalArgumentException(pid + "cannot use the TLS certificate " + cert + " and key " + key
                    + " (PEM, key in PKCS#8: convert with openssl pkcs8 -topk8): " + e.getMessage(), e);
        }
    }

    private static ClientAuth clientAuth(SyslogListenerConfig config, String pid) {
        switch (config.tls_client_auth().trim().toLowerCase(Locale.ROOT)) {
            case "none":
            case "":
                return ClientAuth.NONE;
            case "optional":
                return ClientAuth.OPTIONAL;
            case "require":
                return ClientAuth.REQUIRE;
            default:
                throw new IllegalArgumentException(pid + "tls.client.auth must be none, optional or require, not '"
                        + config.tls_client_auth() + "'");
        }
    }

    private static File readable(String path, String pid) {
        File f = new File(path);
        if (!f.canRead()) {
            throw new IllegalArgumentException(pid + "cannot read " + f.getAbsolutePath());
        }
        return f;
    }
}
