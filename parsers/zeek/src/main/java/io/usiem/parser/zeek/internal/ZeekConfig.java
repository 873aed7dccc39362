package io.usiem.parser.zeek.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the Zeek parser (PID {@code io.usiem.parser.zeek}). */
@ObjectClassDefinition(name = "uSIEM Zeek parser")
@interface ZeekConfig {
    /** Configuration PID; its defaults ship in src/main/cfg/io.usiem.parser.zeek.cfg. */
    String PID = "io.usiem.parser.zeek";

    @AttributeDefinition(name = "Tracked origins", description = "How many origins (input, sender, source type, file) the TSV header state is kept for; 1 to 1000000.")
    int maxOrigins() default 4096;
}
