package io.usiem.parser.windowsdns.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the Windows DNS Server debug log parser (PID {@code io.usiem.parser.windowsdns}). */
@ObjectClassDefinition(name = "uSIEM Windows DNS Server debug log parser")
@interface WindowsDnsConfig {
    /** Configuration PID; its defaults ship in src/main/cfg/io.usiem.parser.windowsdns.cfg. */
    String PID = "io.usiem.parser.windowsdns";

    @AttributeDefinition(name = "Time zone", description = "Zone of the log's local times, e.g. UTC or Europe/Madrid.")
    String timezone() default "UTC";

    @AttributeDefinition(name = "Date order", description = "auto (AM/PM times are M/d/yyyy, 24-hour times d/M/yyyy, unless a number above 12 says otherwise), mdy or dmy.")
    String dateOrder() default "auto";
}
