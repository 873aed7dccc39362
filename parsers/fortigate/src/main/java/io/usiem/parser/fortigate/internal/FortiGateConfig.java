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
}
