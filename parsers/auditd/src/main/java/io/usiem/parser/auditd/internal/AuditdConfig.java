package io.usiem.parser.auditd.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the auditd parser (PID {@code io.usiem.parser.auditd}). */
@ObjectClassDefinition(name = "uSIEM auditd parser")
@interface AuditdConfig {
    /** Configuration PID; its defaults ship in src/main/cfg/io.usiem.parser.auditd.cfg. */
    String PID = "io.usiem.parser.auditd";

    @AttributeDefinition(name = "Time zone", description = "Zone of syslog timestamps of forwarded audit records that carry no offset (BSD syslog), e.g. UTC or Europe/Madrid.")
    String timezone() default "UTC";
}
