package io.usiem.parser.fortigate.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the FortiGate parser (PID {@code io.usiem.parser.fortigate}). */
@ObjectClassDefinition(name = "uSIEM FortiGate parser")
@interface FortiGateConfig {
    /** Configuration PID; its defaults ship in src/main/cfg/io.usiem.parser.fortigate.cfg. */
    String PID = "io.usiem.parser.fortigate";

    @AttributeDefinition(name = "Time zone", description = "Zone of date=/time= when the log carries neither "
            + "eventtime= nor tz=, e.g. UTC or Europe/Madrid.")
    String timezone() default "UTC";

    @AttributeDefinition(name = "Internal networks", description = "Comma-separated CIDRs, or 'private' (RFC 1918 "
            + "and RFC 4193), inside the network: network.direction of logs that name none. Empty: no direction.",
            required = false)
    String internalNetworks() default "private";

    @AttributeDefinition(name = "Internal interfaces", description = "Comma-separated interface names inside the "
            + "network; with the external ones they decide network.direction.", required = false)
    String internalInterfaces() default "";

    @AttributeDefinition(name = "External interfaces", description = "Comma-separated interface names outside the "
            + "network.", required = false)
    String externalInterfaces() default "";
}
