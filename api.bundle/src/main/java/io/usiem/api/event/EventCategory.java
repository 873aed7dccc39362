package io.usiem.api.event;

import org.jspecify.annotations.Nullable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * uSIEM's typed category of an event ({@code usiem.category} in JSON): it decides which fields a parser
 * must fill ({@link #requiredFields()}) and gives the ECS {@code event.category} values an event gets
 * when its parser sets none itself ({@link #defaultEcsCategories()}). The JSON speaks ECS; this type
 * serves parsers' completeness checks and rules.
 */
public enum EventCategory {
    /** Packet filter decisions: allowed or blocked connections. */
    FIREWALL(EnumSet.of(EcsCategory.NETWORK), Fields.SOURCE_IP, Fields.DESTINATION_IP, Fields.EVENT_ACTION),
    /** IDS/IPS alerts. */
    INTRUSION(EnumSet.of(EcsCategory.NETWORK, EcsCategory.INTRUSION_DETECTION), Fields.SOURCE_IP, Fields.DESTINATION_IP,
            Fields.RULE_NAME),
    /** Forward proxy requests. */
    WEB_PROXY(EnumSet.of(EcsCategory.NETWORK, EcsCategory.WEB), Fields.SOURCE_IP, Fields.URL_ORIGINAL),
    /** Web server access. */
    WEB_SERVER(EnumSet.of(EcsCategory.WEB), Fields.SOURCE_IP, Fields.URL_ORIGINAL, Fields.HTTP_RESPONSE_STATUS_CODE),
    /** DNS queries and answers. */
    DNS(EnumSet.of(EcsCategory.NETWORK), Fields.SOURCE_IP, Fields.DNS_QUESTION_NAME),
    /** DHCP leases. */
    DHCP(EnumSet.of(EcsCategory.NETWORK), Fields.CLIENT_MAC),
    /** Logons, logoffs and authentication attempts. */
    AUTHENTICATION(EnumSet.of(EcsCategory.AUTHENTICATION), Fields.USER_NAME, Fields.EVENT_OUTCOME),
    /**
     * Users, groups and rights managed (account created, added to a group).
     *
     * @since 1.0
     */
    IAM(EnumSet.of(EcsCategory.IAM), Fields.EVENT_ACTION),
    /** Process start and stop on an endpoint. */
    PROCESS(EnumSet.of(EcsCategory.PROCESS), Fields.PROCESS_NAME),
    /** File creation, change and deletion. */
    FILE(EnumSet.of(EcsCategory.FILE), Fields.FILE_PATH),
    /** Windows registry changes. */
    REGISTRY(EnumSet.of(EcsCategory.REGISTRY), Fields.REGISTRY_PATH),
    /** Network connections and flows. */
    NETWORK(EnumSet.of(EcsCategory.NETWORK), Fields.SOURCE_IP, Fields.DESTINATION_IP),
    /** Mail transfer. */
    EMAIL(EnumSet.of(EcsCategory.EMAIL), Fields.EMAIL_FROM_ADDRESS),
    /** Cloud control-plane audit records. */
    CLOUD_AUDIT(EnumSet.noneOf(EcsCategory.class), Fields.EVENT_ACTION, Fields.CLOUD_PROVIDER, Fields.EVENT_OUTCOME),
    /** Anything that fits no other category, including raw events no parser took. */
    GENERIC(EnumSet.noneOf(EcsCategory.class));

    private final Set<EcsCategory> ecs;
    private final int ecsMask;
    private final List<Field> required;

    EventCategory(EnumSet<EcsCategory> ecs, Field... required) {
        this.ecs = java.util.Collections.unmodifiableSet(ecs);
        int mask = 0;
        for (EcsCategory c : ecs) {
            mask |= 1 << c.ordinal();
        }
        this.ecsMask = mask;
        this.required = List.of(required);
    }

    /**
     * @return the ECS categories an event of this category gets when its parser sets none
     * @since 1.0
     */
    public Set<EcsCategory> defaultEcsCategories() {
        return ecs;
    }

    int defaultEcsMask() {
        return ecsMask;
    }

    /** @return the fields a parser must fill for an event of this category */
    public List<Field> requiredFields() {
        return required;
    }

    /**
     * @param event an event
     * @return the first required field the event lacks, or null when it has them all
     */
    public @Nullable Field firstMissingField(Event event) {
        for (int i = 0; i < required.size(); i++) {
            Field f = required.get(i);
            if (!event.has(f)) {
                return f;
            }
        }
        return null;
    }
}
