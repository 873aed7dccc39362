package io.usiem.parser.squid.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the Squid parser (PID {@code io.usiem.parser.squid}). */
@ObjectClassDefinition(name = "uSIEM Squid / squidGuard parser")
@interface SquidConfig {
    /** Configuration PID; its defaults ship in src/main/cfg/io.usiem.parser.squid.cfg. */
    String PID = "io.usiem.parser.squid";

    @AttributeDefinition(name = "Time zone", description = "Zone of times that carry no zone (squidGuard's log, BSD syslog headers), e.g. UTC or Europe/Madrid.")
    String timezone() default "UTC";
}
