package io.usiem.connector.sysloginput.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** One syslog listener (factory PID {@code io.usiem.connector.sysloginput}): one protocol on one address and port. */
@ObjectClassDefinition(name = "uSIEM syslog listener", description = "Receives syslog over UDP or TCP and hands each line to the journal.")
@interface SyslogListenerConfig {
    /** Factory PID; the distribution's defaults are {@code -udp} and {@code -tcp} configurations of it (src/main/cfg). */
    String FACTORY_PID = "io.usiem.connector.sysloginput";

    @AttributeDefinition(name = "Name", description = "Name of the listener in siem:status and on every line it receives (the input).")
    String name() default "syslog";

    @AttributeDefinition(name = "Protocol", options = {@Option(label = "UDP", value = "udp"), @Option(label = "TCP", value = "tcp")})
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

    @AttributeDefinition(name = "Time zone", description = "Zone of RFC 3164 timestamps, which carry none (RFC 5424 ones do).")
    String timezone() default "UTC";
}
