package io.usiem.rules.sigma.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the Sigma engine (PID {@code io.usiem.rules.sigma}). */
@ObjectClassDefinition(name = "uSIEM Sigma detection engine")
@interface SigmaEngineConfig {
    /** Configuration PID; its defaults ship in src/main/cfg/io.usiem.rules.sigma.cfg. */
    String PID = "io.usiem.rules.sigma";

    @AttributeDefinition(name = "Pipelines", description = "Comma-separated built-in processing pipelines applied to every rule: windows, linux, web, network, cloud.")
    String pipelines() default "windows,linux,web,network,cloud";

    @AttributeDefinition(name = "Pipeline folder", description = "Folder of extra pySigma pipeline YAML files (relative to the uSIEM home); empty for none.")
    String pipeline_folder() default "";

    @AttributeDefinition(name = "Rule folder", description = "Watched folder of plain Sigma YAML rules (relative to the uSIEM home); empty to disable.")
    String rules_folder() default "rules";

    @AttributeDefinition(name = "Folder poll interval", description = "Seconds between checks of the rule folder for changes.", min = "1")
    int poll_seconds() default 5;

    @AttributeDefinition(name = "Correlation lateness", description = "Seconds of event time an event may arrive late and still count in a correlation window.", min = "0")
    int correlation_lateness_seconds() default 60;

    @AttributeDefinition(name = "Minimum alert level", description = "Rules below this Sigma level still count matches but raise no alert: informational, low, medium, high, critical.")
    String min_level() default "low";
}
