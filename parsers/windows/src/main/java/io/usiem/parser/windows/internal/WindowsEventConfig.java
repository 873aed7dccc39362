package io.usiem.parser.windows.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the Windows event log parser (PID {@code io.usiem.parser.windows}). */
@ObjectClassDefinition(name = "uSIEM Windows event log parser")
@interface WindowsEventConfig {
    /** Configuration PID; its defaults ship in src/main/cfg/io.usiem.parser.windows.cfg. */
    String PID = "io.usiem.parser.windows";

    @AttributeDefinition(name = "Time zone", description = "Zone of record times written without an offset (NXLog EventTime), e.g. UTC or Europe/Madrid.")
    String timezone() default "UTC";

    @AttributeDefinition(name = "Keep message", description = "Keep the rendered Message text as ECS message.")
    boolean keepMessage() default true;
}
