package io.usiem.api.event;

import java.util.List;

/**
 * The typed category of an event. The category decides which fields a parser must fill
 * ({@link #requiredFields()}) and maps to the ECS {@code event.category} value.
 */
public enum EventCategory {
    /** Packet filter decisions: allowed or blocked connections. */
    FIREWALL("network", Fields.SOURCE_IP, Fields.DESTINATION_IP, Fields.EVENT_ACTION),
    /** IDS/IPS alerts. */
    INTRUSION("intrusion_detection", Fields.SOURCE_IP, Fields.DESTINATION_IP, Fields.RULE_NAME),
    /** Forward proxy requests. */
    WEB_PROXY("web", Fields.SOURCE_IP, Fields.URL_ORIGINAL),
    /** Web server access. */
    WEB_SERVER("web", Fields.SOURCE_IP, Fields.URL_ORIGINAL, Fields.HTTP_RESPONSE_STATUS_CODE),
    /** DNS queries and answers. */
    DNS("network", Fields.SOURCE_IP, Fields.DNS_QUESTION_NAME),
    /** DHCP leases. */
    DHCP("network", Fields.CLIENT_MAC),
    /** Logons, logoffs and authentication attempts. */
    AUTHENTICATION("authentication", Fields.USER_NAME, Fields.EVENT_OUTCOME),
    /** Process start and stop on an endpoint. */
    PROCESS("process", Fields.PROCESS_NAME),
    /** File creation, change and deletion. */
    FILE("file", Fields.FILE_PATH),
    /** Windows registry changes. */
    REGISTRY("registry", Fields.REGISTRY_PATH),
    /** Network connections and flows. */
    NETWORK("network", Fields.SOURCE_IP, Fields.DESTINATION_IP),
    /** Mail transfer. */
    EMAIL("email", Fields.EMAIL_FROM_ADDRESS),
    /** Cloud control-plane audit records. */
    CLOUD_AUDIT("api", Fields.EVENT_ACTION, Fields.CLOUD_PROVIDER, Fields.EVENT_OUTCOME),
    /** Anything that fits no other category, including raw events no parser took. */
    GENERIC("");

    private final String ecsCategory;
    private final List<Field> required;

    EventCategory(String ecsCategory, Field... required) {
        this.ecsCategory = ecsCategory;
        this.required = List.of(required);
    }

    /** @return the ECS {@code event.category} value, empty for {@link #GENERIC} */
    public String ecsCategory() {
        return ecsCategory;
    }

    /** @return the fields a parser must fill for an event of this category */
    public List<Field> requiredFields() {
        return required;
    }

    /**
     * @param event an event
     * @return the first required field the event lacks, or null when it has them all
     */
    public Field firstMissingField(Event event) {
        for (int i = 0; i < required.size(); i++) {
            Field f = required.get(i);
            if (!event.has(f)) {
                return f;
            }
        }
        return null;
    }
}
