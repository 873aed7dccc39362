package io.usiem.api.event;

import org.jspecify.annotations.Nullable;
import java.util.Locale;

/**
 * The allowed values of ECS {@code event.type} (ECS 8.17): what happened, within the event's
 * categories ({@code process} + {@code start}, {@code iam} + {@code user} + {@code creation}).
 *
 * @since 1.0
 */
public enum EcsEventType {
    /** Access to a resource. */
    ACCESS,
    /** Administrative activity. */
    ADMIN,
    /** Allowed by a policy. */
    ALLOWED,
    /** A change. */
    CHANGE,
    /** A network connection. */
    CONNECTION,
    /** Something created. */
    CREATION,
    /** Something deleted. */
    DELETION,
    /** Denied by a policy. */
    DENIED,
    /** Something ended. */
    END,
    /** An error. */
    ERROR,
    /** About a group. */
    GROUP,
    /** A threat indicator. */
    INDICATOR,
    /** Information only. */
    INFO,
    /** Software installed. */
    INSTALLATION,
    /** Protocol details (DNS, HTTP, TLS). */
    PROTOCOL,
    /** Something started. */
    START,
    /** About a user. */
    USER;

    private static final EcsEventType[] VALUES = values();
    private final String ecsName = name().toLowerCase(Locale.ROOT);

    /** @return the value as ECS writes it */
    public String ecsName() {
        return ecsName;
    }

    /**
     * @param ecsName an ECS value
     * @return the type, or null when ECS has no such type
     */
    public static @Nullable EcsEventType fromEcs(String ecsName) {
        for (EcsEventType t : VALUES) {
            if (t.ecsName.equals(ecsName)) {
                return t;
            }
        }
        return null;
    }
}
