package io.usiem.parser.syslog.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the generic syslog parser (PID {@code io.usiem.parser.syslog}). */
@ObjectClassDefinition(name = "uSIEM generic syslog parser")
@interface GenericSyslogConfig {
    /** Configuration PID; its defaults ship in src/main/cfg/io.usiem.parser.syslog.cfg. */
    String PID = "io.usiem.parser.syslog";

    @AttributeDefinition(name = "Time zone", description = "Zone of syslog timestamps that carry no offset (RFC 3164), e.g. UTC or Europe/Madrid.")
    String timezone() default "UTC";
}
