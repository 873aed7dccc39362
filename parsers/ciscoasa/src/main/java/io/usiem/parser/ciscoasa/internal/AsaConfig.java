package io.usiem.parser.ciscoasa.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the Cisco ASA parser (PID {@code io.usiem.parser.ciscoasa}). */
@ObjectClassDefinition(name = "uSIEM Cisco ASA / FTD parser")
@interface AsaConfig {
    /** Configuration PID; its defaults ship in src/main/cfg/io.usiem.parser.ciscoasa.cfg. */
    String PID = "io.usiem.parser.ciscoasa";

    @AttributeDefinition(name = "Time zone", description = "Zone of timestamps that carry no zone (ASA 'logging timestamp' and BSD syslog headers), e.g. UTC or Europe/Madrid.")
    String timezone() default "UTC";
}
