package io.usiem.connector.sysloginput.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** One syslog listener (factory PID {@code io.usiem.connector.sysloginput}): one protocol on one address and port. */
@ObjectClassDefinition(name = "uSIEM syslog listener", description = "Receives syslog over UDP, TCP or TLS and hands each line to the journal.")
@interface SyslogListenerConfig {
    /** Factory PID; the distribution's defaults are {@code -udp} and {@code -tcp} configurations of it (src/main/cfg). */
    String FACTORY_PID = "io.usiem.connector.sysloginput";

    @AttributeDefinition(name = "Name", description = "Name of the listener in siem:status and on every line it receives (the input).")
    String name() default "syslog";

    @AttributeDefinition(name = "Protocol", options = {@Option(label = "UDP", value = "udp"), @Option(label = "TCP", value = "tcp"),
            @Option(label = "TLS (RFC 5425)", value = "tls"), @Option(label = "RELP (acknowledged once journaled)", value = "relp")})
    String protocol() default "udp";

    @AttributeDefinition(name = "Bind address", description = "Address to listen on; 0.0.0.0 is every IPv4 interface, :: every interface.")
    String bind_address() default "0.0.0.0";

    @AttributeDefinition(name = "Port", min = "0", max = "65535", description = "0 picks a free port (tests).")
    int port() default 5514;

    @AttributeDefinition(name = "Source type", required = false,
            description = "Source type of every line (skips parser guessing); empty lets the kernel choose a parser.")
    String source_type() default "";

    @AttributeDefinition(name = "Tenant", required = false, description = "Tenant of every line; empty is the default tenant.")
    String tenant() default "";

    @AttributeDefinition(name = "Maximum frame (bytes)", min = "64",
            description = "Longer messages are truncated to this many bytes and tagged truncated.")
    int max_frame_bytes() default 65536;

    @AttributeDefinition(name = "Maximum connections (TCP)", min = "1",
            description = "Connections past this are closed at once and counted as dropped connections_refused.")
    int max_connections() default 1024;

    @AttributeDefinition(name = "Idle timeout (seconds, TCP)", min = "0",
            description = "A connection that sends nothing for this long is closed; 0 never closes idle connections.")
    int idle_timeout_seconds() default 300;

    @AttributeDefinition(name = "Receive buffer (bytes, UDP)", min = "1024",
            description = "Socket receive buffer asked of the OS; datagrams beyond it in a burst are dropped by the OS "
                    + "(counted as socket_buffer_full). Linux grants at most net.core.rmem_max.")
    int receive_buffer_bytes() default 4_194_304;

    @AttributeDefinition(name = "Oversize messages", options = {@Option(label = "Truncate and tag", value = "truncate"),
            @Option(label = "Reject and count", value = "reject")},
            description = "A message longer than max.frame.bytes is truncated and tagged truncated, or dropped and counted as oversize.")
    String oversize() default "truncate";

    @AttributeDefinition(name = "Messages per datagram (UDP)", options = {
            @Option(label = "Split before each line that starts with <PRI>", value = "auto"),
            @Option(label = "Split at every line end", value = "lines"), @Option(label = "One message per datagram", value = "off")},
            description = "Some senders pack several messages in one datagram, one per line. auto splits only where a "
                    + "line end is followed by a syslog priority (<0>..<191>), so a message whose text spans lines stays "
                    + "whole; lines splits at every line end (senders of headerless lines); off keeps each datagram whole.")
    String udp_split() default "auto";

    @AttributeDefinition(name = "TLS certificate", required = false,
            description = "TLS: PEM file with the server certificate (and its chain). Without it a TLS listener does not listen.")
    String tls_certificate() default "";

    @AttributeDefinition(name = "TLS private key", required = false,
            description = "TLS: PEM file with the server's private key, PKCS#8 (BEGIN PRIVATE KEY or BEGIN ENCRYPTED PRIVATE KEY).")
    String tls_key() default "";

    @AttributeDefinition(name = "TLS key password", required = false, type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD,
            description = "TLS: password of an encrypted private key.")
    String tls_key_password() default "";

    @AttributeDefinition(name = "TLS client CA", required = false,
            description = "TLS: PEM file of the CAs that sign client certificates; with it, clients are asked for a certificate.")
    String tls_client_ca() default "";

    @AttributeDefinition(name = "TLS client authentication", options = {@Option(label = "None", value = "none"),
            @Option(label = "Optional", value = "optional"), @Option(label = "Required", value = "require")},
            description = "TLS: whether clients must present a certificate signed by tls.client.ca.")
    String tls_client_auth() default "none";

    @AttributeDefinition(name = "Time zone", description = "Zone of RFC 3164 timestamps, which carry none (RFC 5424 ones do).")
    String timezone() default "UTC";
}
