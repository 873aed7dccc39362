package io.usiem.parser.linuxauth.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the Linux auth parser (PID {@code io.usiem.parser.linuxauth}). */
@ObjectClassDefinition(name = "uSIEM Linux auth parser")
@interface LinuxAuthConfig {
    /** Configuration PID; its defaults ship in src/main/cfg/io.usiem.parser.linuxauth.cfg. */
    String PID = "io.usiem.parser.linuxauth";

    @AttributeDefinition(name = "Time zone", description = "Zone of auth.log timestamps that carry no offset (BSD syslog), e.g. UTC or Europe/Madrid.")
    String timezone() default "UTC";
}
