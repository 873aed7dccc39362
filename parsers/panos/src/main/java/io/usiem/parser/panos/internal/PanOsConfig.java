package io.usiem.parser.panos.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the PAN-OS parser (PID {@code io.usiem.parser.panos}). */
@ObjectClassDefinition(name = "uSIEM PAN-OS parser")
@interface PanOsConfig {
    /** Configuration PID; its defaults ship in src/main/cfg/io.usiem.parser.panos.cfg. */
    String PID = "io.usiem.parser.panos";

    @AttributeDefinition(name = "Time zone", description = "Zone of the firewall's clock: PAN-OS writes its times "
            + "(yyyy/MM/dd HH:mm:ss) without offset, e.g. UTC or Europe/Madrid.")
    String timezone() default "UTC";

    @AttributeDefinition(name = "Internal zones", description = "Comma-separated zone names inside the network "
            + "(e.g. trust,dmz): with the external zones they give TRAFFIC logs a network.direction.", required = false)
    String internalZones() default "";

    @AttributeDefinition(name = "External zones", description = "Comma-separated zone names outside the network "
            + "(e.g. untrust).", required = false)
    String externalZones() default "";
}
