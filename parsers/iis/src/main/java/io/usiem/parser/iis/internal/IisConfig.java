package io.usiem.parser.iis.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the IIS access log parser (PID {@code io.usiem.parser.iis}). */
@ObjectClassDefinition(name = "uSIEM Microsoft IIS access log parser",
        description = "W3C extended format access logs of IIS, with or without their #Fields header.")
@interface IisConfig {
    /** Configuration PID; its defaults ship in src/main/cfg/io.usiem.parser.iis.cfg. */
    String PID = "io.usiem.parser.iis";

    @AttributeDefinition(name = "Source types", description = "Source types this parser is chosen for without guessing.")
    String[] sourceTypes() default {"iis", "iis_access"};

    @AttributeDefinition(name = "Remembered origins", description = "How many origins' #Fields layouts are kept (least recently used forgotten first).")
    int maxOrigins() default 1024;
}
