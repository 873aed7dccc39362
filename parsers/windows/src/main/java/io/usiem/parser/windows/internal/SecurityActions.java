package io.usiem.parser.windows.internal;

import java.util.HashMap;
import java.util.Map;

/** event.action of Security events, as Elastic's System integration names them. */
final class SecurityActions {
    private static final Map<Integer, String> ACTIONS = new HashMap<>();

    static {
        a(1100, "logging-service-shutdown");
        a(1102, "audit-log-cleared");
        a(1104, "logging-full");
        a(4624, "logged-in");
        a(4625, "logon-failed");
        a(4634, "logged-out");
        a(4647, "logged-out");
        a(4648, "logged-in-explicit");
        a(4656, "object-handle-requested");
        a(4658, "object-handle-closed");
        a(4660, "object-deleted");
        a(4662, "object-operation-performed");
        a(4663, "object-access-attempted");
        a(4670, "permissions-changed");
        a(4672, "logged-in-special");
        a(4673, "privileged-service-called");
        a(4688, "created-process");
        a(4689, "exited-process");
        a(4697, "service-installed");
        a(4698, "scheduled-task-created");
        a(4699, "scheduled-task-deleted");
        a(4700, "scheduled-task-enabled");
        a(4701, "scheduled-task-disabled");
        a(4702, "scheduled-task-updated");
        a(4703, "token-right-adjusted");
        a(4719, "changed-audit-config");
        a(4720, "added-user-account");
        a(4722, "enabled-user-account");
        a(4723, "changed-password");
        a(4724, "reset-password");
        a(4725, "disabled-user-account");
        a(4726, "deleted-user-account");
        a(4727, "added-group-account");
        a(4728, "added-member-to-group");
        a(4729, "removed-member-from-group");
        a(4730, "deleted-group-account");
        a(4731, "added-group-account");
        a(4732, "added-member-to-group");
        a(4733, "removed-member-from-group");
        a(4734, "deleted-group-account");
        a(4735, "modified-group-account");
        a(4737, "modified-group-account");
        a(4738, "modified-user-account");
        a(4740, "locked-out-user-account");
        a(4741, "added-computer-account");
        a(4742, "changed-computer-account");
        a(4743, "deleted-computer-account");
        a(4754, "added-group-account");
        a(4755, "modified-group-account");
        a(4756, "added-member-to-group");
        a(4757, "removed-member-from-group");
        a(4758, "deleted-group-account");
        a(4764, "type-changed-group-account");
        a(4767, "unlocked-user-account");
        a(4768, "kerberos-authentication-ticket-requested");
        a(4769, "kerberos-service-ticket-requested");
        a(4770, "kerberos-service-ticket-renewed");
        a(4771, "kerberos-preauth-failed");
        a(4776, "credential-validated");
        a(4778, "session-reconnected");
        a(4779, "session-disconnected");
        a(4781, "renamed-user-account");
        a(4798, "group-membership-enumerated");
        a(4799, "user-member-enumerated");
        a(4907, "audit-setting-changed");
        a(5140, "network-share-object-accessed");
        a(5145, "network-share-object-access-checked");
        a(5152, "windows-filtering-platform-dropped-packet");
        a(5154, "windows-filtering-platform-permitted-listen");
        a(5156, "windows-filtering-platform-permitted-connection");
        a(5157, "windows-filtering-platform-blocked-connection");
        a(5158, "windows-filtering-platform-permitted-bind");
        a(5159, "windows-filtering-platform-blocked-bind");
    }

    private SecurityActions() {
    }

    private static void a(int id, String action) {
        ACTIONS.put(id, action);
    }

    static String action(int id) {
        return ACTIONS.get(id);
    }
}
