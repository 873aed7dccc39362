package io.usiem.parser.fortigate.internal;

import io.usiem.api.event.EcsCategory;
import io.usiem.api.event.EcsEventType;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;

/** Categories, types, outcome and Sigma logsource per FortiGate log type and subtype. */
final class FortiGateTypes {
    private FortiGateTypes() {
    }

    static void traffic(KvLine kv, int[] first, String action, EventBuilder b) {
        b.category(EventCategory.FIREWALL).logSource(FortiGateMapper.TRAFFIC).ecsCategory(EcsCategory.NETWORK)
                .ecsType(EcsEventType.CONNECTION);
        if (action == null) {
            return;
        }
        b.set(Fields.EVENT_ACTION, action);
        String utm = FortiGateMapper.value(kv, first, Key.utmaction);
        boolean deny = "deny".equals(action);
        b.ecsType("start".equals(action) ? EcsEventType.START : EcsEventType.END);
        if (first[Key.app.ordinal()] >= 0 && !deny) {
            b.ecsType(EcsEventType.PROTOCOL);
        }
        if (utm == null && !deny) {
            b.ecsType(EcsEventType.ALLOWED);
        }
        if ("block".equals(utm) || deny) {
            b.ecsType(EcsEventType.DENIED);
        }
        // Elastic says success for every traffic log; a denied connection did not succeed.
        b.set(Fields.EVENT_OUTCOME, deny || "block".equals(utm) ? "failure" : "success");
    }

    static void utm(KvLine kv, int[] first, String subtype, String action, EventBuilder b) {
        b.ecsCategory(EcsCategory.NETWORK).logSource(FortiGateMapper.UTM).category(EventCategory.NETWORK);
        String sub = subtype == null ? "" : subtype;
        switch (sub) {
            case "virus":
                b.ecsCategory(EcsCategory.MALWARE).category(EventCategory.INTRUSION);
                signature(kv, first, Key.virus, b);
                break;
            case "ips":
            case "anomaly":
                b.ecsCategory(EcsCategory.INTRUSION_DETECTION).category(EventCategory.INTRUSION);
                signature(kv, first, Key.attack, b);
                break;
            case "webfilter":
                b.ecsCategory(EcsCategory.WEB).category(EventCategory.WEB_PROXY).logSource(FortiGateMapper.WEBFILTER);
                url(kv, first, b);
                break;
            case "dns":
                b.ecsType(EcsEventType.INFO).category(EventCategory.DNS).logSource(FortiGateMapper.DNS);
                break;
            default:
                break;
        }
        if (action == null) {
            return;
        }
        boolean blocked = "block".equals(action) || "blocked".equals(action) || "dropped".equals(action)
                || "reset".equals(action) || "deny".equals(action);
        if (blocked) {
            b.ecsType(EcsEventType.DENIED);
        } else if ("pass".equals(action) || "passthrough".equals(action) || "allow".equals(action)) {
            b.ecsType(EcsEventType.ALLOWED);
        }
        b.set(Fields.EVENT_OUTCOME, blocked ? "failure" : "success");
    }

    static void event(KvLine kv, int[] first, String subtype, String action, EventBuilder b) {
        b.logSource(FortiGateMapper.EVENT);
        String sub = subtype == null ? "" : subtype;
        String result = FortiGateMapper.value(kv, first, Key.result);
        String status = FortiGateMapper.value(kv, first, Key.status);
        String a = action == null ? "" : action;
        if ("ERROR".equals(result) || "negotiate_error".equals(status) || "failed".equals(status)
                || "failure".equals(status)) {
            b.set(Fields.EVENT_OUTCOME, "failure");
        } else if ("OK".equals(result) || "success".equals(status) || a.equals("FSSO-logon") || a.equals("auth-logon")
                || a.equals("FSSO-logoff") || a.equals("auth-logout")) {
            b.set(Fields.EVENT_OUTCOME, "success");
        }
        if (a.equals("FSSO-logon") || a.equals("auth-logon") || a.equals("login")) {
            b.ecsType(EcsEventType.START);
        } else if (a.equals("FSSO-logoff") || a.equals("auth-logout") || a.equals("logout")) {
            b.ecsType(EcsEventType.END);
        }
        boolean loginMessage = login(kv, first, b);
        boolean authentication = "user".equals(sub) || a.equals("login") || a.equals("logout") || loginMessage;
        if ("vpn".equals(sub)) {
            b.ecsCategory(EcsCategory.NETWORK).ecsType(EcsEventType.CONNECTION);
            if (b.has(Fields.SOURCE_IP) && b.has(Fields.DESTINATION_IP)) {
                b.category(EventCategory.NETWORK);
            }
            authentication |= a.contains("auth") || a.startsWith("ssl-login") || a.startsWith("tunnel-up");
        }
        if ("update".equals(sub)) {
            b.ecsCategory(EcsCategory.HOST, EcsCategory.MALWARE).ecsType(EcsEventType.INFO);
        }
        if ("perf-stats".equals(a)) {
            b.ecsCategory(EcsCategory.HOST).ecsType(EcsEventType.INFO);
        }
        if (first[Key.cfgpath.ordinal()] >= 0) {
            b.ecsCategory(EcsCategory.CONFIGURATION).ecsType(EcsEventType.CHANGE);
        }
        if (authentication) {
            b.ecsCategory(EcsCategory.AUTHENTICATION);
            if (b.has(Fields.USER_NAME) && b.has(Fields.EVENT_OUTCOME)) {
                b.category(EventCategory.AUTHENTICATION);
            }
        }
    }

    /**
     * Admin and user logins (Elastic's login pipeline: a message saying login or logged in): the outcome the
     * message states, the admin profile as the user's role, the address of {@code ui=ssh(10.0.0.5)}.
     *
     * @return whether the log is a login
     */
    private static boolean login(KvLine kv, int[] first, EventBuilder b) {
        String msg = FortiGateMapper.value(kv, first, Key.msg);
        String lower = msg == null ? "" : msg.toLowerCase(java.util.Locale.ROOT);
        if (!lower.contains("login") && !lower.contains("logged in")) {
            return false;
        }
        if (!b.has(Fields.EVENT_ACTION) && FortiGateMapper.value(kv, first, Key.action) == null) {
            b.set(Fields.EVENT_ACTION, "login");
        }
        if (!b.has(Fields.EVENT_OUTCOME)) {
            if (lower.contains("fail")) {
                b.set(Fields.EVENT_OUTCOME, "failure");
            } else if (lower.contains("success")) {
                b.set(Fields.EVENT_OUTCOME, "success");
            }
        }
        String profile = FortiGateMapper.value(kv, first, Key.adminprof);
        if (profile != null && !profile.isEmpty()) {
            b.set(Fields.USER_ROLES, java.util.List.of(profile));
        }
        String ui = FortiGateMapper.value(kv, first, Key.ui);
        if (ui != null && !b.has(Fields.SOURCE_IP)) {
            int open = ui.indexOf('(');
            IpAddress ip = open > 0 && ui.endsWith(")") ? IpAddress.tryParse(ui, open + 1, ui.length() - 1) : null;
            if (ip != null) {
                b.set(Fields.SOURCE_IP, ip);
            }
        }
        return true;
    }

    /** IPS and antivirus logs name a signature, not a policy: it is the rule that fired. */
    private static void signature(KvLine kv, int[] first, Key key, EventBuilder b) {
        int i = first[key.ordinal()];
        if (i >= 0 && !kv.isEmpty(i) && !b.has(Fields.RULE_NAME)) {
            b.set(Fields.RULE_NAME, kv.value(i));
        }
    }

    /** Web filter logs split the URL into hostname= and url= (the path): url.original joins them. */
    private static void url(KvLine kv, int[] first, EventBuilder b) {
        Object host = b.get(Fields.URL_DOMAIN);
        Object path = b.get(Fields.URL_PATH);
        if (!(host instanceof String)) {
            return;
        }
        String service = FortiGateMapper.value(kv, first, Key.service);
        String scheme = "HTTPS".equalsIgnoreCase(service) || "443".equals(FortiGateMapper.value(kv, first, Key.dstport))
                ? "https" : "http";
        b.set(Fields.URL_SCHEME, scheme);
        b.set(Fields.URL_ORIGINAL, scheme + "://" + host + (path instanceof String ? (String) path : "/"));
        if (!b.has(Fields.DESTINATION_DOMAIN)) {
            b.set(Fields.DESTINATION_DOMAIN, (String) host);
        }
    }
}
