package io.usiem.parser.opnsense.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the filterlog parser (PID {@code io.usiem.parser.opnsense}). */
@ObjectClassDefinition(name = "uSIEM OPNsense / pfSense filterlog parser")
@interface FilterlogConfig {
    /** Configuration PID; its defaults ship in src/main/cfg/io.usiem.parser.opnsense.cfg. */
    String PID = "io.usiem.parser.opnsense";

    @AttributeDefinition(name = "Time zone", description = "Zone of syslog timestamps that carry no offset (BSD / RFC 3164 headers), e.g. UTC or Europe/Madrid.")
    String timezone() default "UTC";
}
