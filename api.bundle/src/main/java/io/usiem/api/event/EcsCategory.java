package io.usiem.api.event;

import org.jspecify.annotations.Nullable;
import java.util.Locale;

/**
 * The allowed values of ECS {@code event.category} (ECS 8.17). An event has any number of them: a
 * Windows 4720 is {@code iam}; a Suricata alert is {@code network} and {@code intrusion_detection}.
 *
 * @since 1.0
 */
public enum EcsCategory {
    /** Calls to an API (cloud control planes, SaaS audit logs). */
    API,
    /** Authentication. */
    AUTHENTICATION,
    /** Configuration changes. */
    CONFIGURATION,
    /** Database activity. */
    DATABASE,
    /** Kernel drivers. */
    DRIVER,
    /** E-mail. */
    EMAIL,
    /** Files. */
    FILE,
    /** Host inventory and state. */
    HOST,
    /** Identity and access management: users, groups, roles. */
    IAM,
    /** IDS/IPS detections. */
    INTRUSION_DETECTION,
    /** Loaded libraries. */
    LIBRARY,
    /** Malware detections. */
    MALWARE,
    /** Network activity. */
    NETWORK,
    /** Software packages. */
    PACKAGE,
    /** Processes. */
    PROCESS,
    /** Windows registry. */
    REGISTRY,
    /** Sessions. */
    SESSION,
    /** Threat intelligence. */
    THREAT,
    /** Vulnerabilities. */
    VULNERABILITY,
    /** Web traffic. */
    WEB;

    private static final EcsCategory[] VALUES = values();
    private final String ecsName = name().toLowerCase(Locale.ROOT);

    /** @return the value as ECS writes it, for example {@code intrusion_detection} */
    public String ecsName() {
        return ecsName;
    }

    /**
     * @param ecsName an ECS value
     * @return the category, or null when ECS has no such category
     */
    public static @Nullable EcsCategory fromEcs(String ecsName) {
        for (EcsCategory c : VALUES) {
            if (c.ecsName.equals(ecsName)) {
                return c;
            }
        }
        return null;
    }
}
