package io.usiem.parser.ciscoasa.internal;

import io.usiem.api.event.EcsCategory;
import io.usiem.api.event.EcsEventType;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Fields;

/**
 * The ECS categorization of each message id, as Elastic's Cisco ASA integration sets it (event.category,
 * event.type, event.outcome, event.action), plus uSIEM's typed category. Ids it does not list are
 * {@code network} events with their code and severity.
 */
final class Catalog {
    /** One message id's categorization. */
    record Kind(EventCategory category, EcsCategory[] ecs, EcsEventType[] types, String outcome, String action, boolean traffic) {
        void apply(EventBuilder b) {
            b.category(category).ecsCategory(ecs).ecsType(types);
            if (outcome != null) {
                b.set(Fields.EVENT_OUTCOME, outcome);
            }
            if (action != null) {
                b.set(Fields.EVENT_ACTION, action);
            }
        }
    }

    private static final EcsCategory[] NET = {EcsCategory.NETWORK};
    private static final EcsCategory[] AUTH = {EcsCategory.AUTHENTICATION, EcsCategory.NETWORK};
    private static final EcsCategory[] SESSION = {EcsCategory.NETWORK, EcsCategory.SESSION};
    private static final EcsEventType[] DENIED = {EcsEventType.CONNECTION, EcsEventType.DENIED};
    private static final EcsEventType[] ALLOWED = {EcsEventType.CONNECTION, EcsEventType.ALLOWED};
    private static final EcsEventType[] START = {EcsEventType.CONNECTION, EcsEventType.START};
    private static final EcsEventType[] END = {EcsEventType.CONNECTION, EcsEventType.END};
    private static final EcsEventType[] CONN_INFO = {EcsEventType.CONNECTION, EcsEventType.INFO};
    private static final EcsEventType[] INFO = {EcsEventType.INFO};

    static final Kind FIREWALL_DENY = new Kind(EventCategory.FIREWALL, NET, DENIED, "failure", "firewall-rule", true);
    static final Kind FIREWALL_ALLOW = new Kind(EventCategory.FIREWALL, NET, ALLOWED, "success", "firewall-rule", true);
    static final Kind FLOW_CREATION = new Kind(EventCategory.NETWORK, NET, START, "success", "flow-creation", true);
    static final Kind FLOW_EXPIRATION = new Kind(EventCategory.NETWORK, NET, END, "success", "flow-expiration", true);
    /** Elastic leaves 302014's outcome unset (a teardown may be a reset). */
    static final Kind TCP_EXPIRATION = new Kind(EventCategory.NETWORK, NET, END, null, "flow-expiration", true);
    static final Kind LOGGED_IN = new Kind(EventCategory.AUTHENTICATION, AUTH, new EcsEventType[] {EcsEventType.ALLOWED, EcsEventType.INFO},
            "success", "logged-in", false);
    static final Kind LOGON_FAILED = new Kind(EventCategory.AUTHENTICATION, AUTH, new EcsEventType[] {EcsEventType.DENIED, EcsEventType.INFO},
            "failure", "logon-failed", false);
    static final Kind VPN_DISCONNECTED = new Kind(EventCategory.GENERIC, NET, END, null, "client-vpn-disconnected", false);
    static final Kind VPN_CONNECTED = new Kind(EventCategory.GENERIC, SESSION, START, "success", "client-vpn-connected", false);
    static final Kind VPN_INFO = new Kind(EventCategory.GENERIC, NET, CONN_INFO, "success", null, false);
    static final Kind VPN_END = new Kind(EventCategory.GENERIC, NET, END, "success", null, false);
    static final Kind VPN_CLOSING = new Kind(EventCategory.GENERIC, NET, END, null, null, false);
    static final Kind VPN_ADDRESS = new Kind(EventCategory.GENERIC, NET, CONN_INFO, "success", "address-assigned", false);
    static final Kind THREAT = new Kind(EventCategory.GENERIC, NET, INFO, null, null, false);
    static final Kind OTHER = new Kind(EventCategory.GENERIC, NET, new EcsEventType[0], null, null, false);

    private Catalog() {
    }

    /** @param outcomeWord 106100's permitted / denied / est-allowed, else null */
    static Kind of(String id, String outcomeWord) {
        switch (id) {
            case "106001":
            case "106006":
            case "106007":
            case "106014":
            case "106015":
            case "106023":
                return FIREWALL_DENY;
            case "106100":
                return "denied".equals(outcomeWord) ? FIREWALL_DENY : FIREWALL_ALLOW;
            case "302013":
            case "302015":
            case "302020":
                return FLOW_CREATION;
            case "302014":
                return TCP_EXPIRATION;
            case "302016":
            case "302021":
                return FLOW_EXPIRATION;
            case "113004":
            case "113012":
                return LOGGED_IN;
            case "113005":
            case "113015":
                return LOGON_FAILED;
            case "113019":
                return VPN_DISCONNECTED;
            case "113039":
                return VPN_CONNECTED;
            case "722022":
                return VPN_INFO;
            case "722023":
            case "722028":
                return VPN_END;
            case "722037":
                return VPN_CLOSING;
            case "722051":
                return VPN_ADDRESS;
            case "733100":
                return THREAT;
            default:
                return OTHER;
        }
    }
}
