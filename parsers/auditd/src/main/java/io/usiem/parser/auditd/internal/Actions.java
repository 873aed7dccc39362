package io.usiem.parser.auditd.internal;

import java.util.Locale;
import java.util.Map;

/**
 * {@code event.action} per record type: the verbs Elastic's Auditd integration sets (go-libaudit's vocabulary:
 * USER_LOGIN {@code logged-in}, USER_CMD {@code ran-command}...), and the record type in lower case for the rest
 * (SYSCALL, EXECVE, PATH...), as that integration leaves them.
 */
final class Actions {
    private static final Map<String, String> BY_TYPE = Map.ofEntries(
            Map.entry("ACCT_LOCK", "locked-account"), Map.entry("ACCT_UNLOCK", "unlocked-account"),
            Map.entry("ADD_GROUP", "added-group-account-to"), Map.entry("ADD_USER", "added-user-account"),
            Map.entry("ANOM_ABEND", "crashed-program"), Map.entry("ANOM_EXEC", "attempted-execution-of-forbidden-program"),
            Map.entry("ANOM_LINK", "used-suspicious-link"), Map.entry("ANOM_LOGIN_FAILURES", "failed-log-in-too-many-times-to"),
            Map.entry("ANOM_LOGIN_LOCATION", "attempted-log-in-from-unusual-place-to"),
            Map.entry("ANOM_LOGIN_SESSIONS", "opened-too-many-sessions-to"),
            Map.entry("ANOM_LOGIN_TIME", "attempted-log-in-during-unusual-hour-to"),
            Map.entry("ANOM_PROMISCUOUS", "changed-promiscuous-mode-on-device"), Map.entry("CHGRP_ID", "changed-group"),
            Map.entry("CHUSER_ID", "changed-user-id"), Map.entry("CONFIG_CHANGE", "changed-audit-configuration"),
            Map.entry("CRED_ACQ", "acquired-credentials"), Map.entry("CRED_DISP", "disposed-credentials"),
            Map.entry("CRED_REFR", "refreshed-credentials"), Map.entry("DAEMON_ABORT", "aborted-auditd-startup"),
            Map.entry("DAEMON_CONFIG", "changed-auditd-configuration"), Map.entry("DAEMON_END", "shutdown-audit"),
            Map.entry("DAEMON_RESUME", "resumed-audit-logging"), Map.entry("DAEMON_ROTATE", "rotated-audit-logs"),
            Map.entry("DAEMON_START", "started-audit"), Map.entry("DEL_GROUP", "deleted-group-account-from"),
            Map.entry("DEL_USER", "deleted-user-account"), Map.entry("GRP_AUTH", "authenticated-to-group"),
            Map.entry("GRP_CHAUTHTOK", "changed-group-password"), Map.entry("GRP_MGMT", "modified-group-account"),
            Map.entry("KERN_MODULE", "loaded-kernel-module"), Map.entry("LOGIN", "changed-login-id-to"),
            Map.entry("MAC_POLICY_LOAD", "loaded-selinux-policy"), Map.entry("MAC_STATUS", "changed-selinux-enforcement"),
            Map.entry("NETFILTER_CFG", "loaded-firewall-rule-to"), Map.entry("SECCOMP", "violated-seccomp-policy"),
            Map.entry("SELINUX_ERR", "caused-mac-policy-error"), Map.entry("SERVICE_START", "started-service"),
            Map.entry("SERVICE_STOP", "stopped-service"), Map.entry("SOFTWARE_UPDATE", "package-updated"),
            Map.entry("SYSTEM_BOOT", "booted-system"), Map.entry("SYSTEM_RUNLEVEL", "changed-to-runlevel"),
            Map.entry("SYSTEM_SHUTDOWN", "shutdown-system"), Map.entry("TTY", "typed"),
            Map.entry("USER_ACCT", "was-authorized"), Map.entry("USER_AUTH", "authenticated"),
            Map.entry("USER_AVC", "access-permission"), Map.entry("USER_CHAUTHTOK", "changed-password"),
            Map.entry("USER_CMD", "ran-command"), Map.entry("USER_END", "ended-session"), Map.entry("USER_ERR", "error"),
            Map.entry("USER_LOGIN", "logged-in"), Map.entry("USER_LOGOUT", "logged-out"),
            Map.entry("USER_MGMT", "modified-user-account"), Map.entry("USER_START", "started-session"),
            Map.entry("USER_TTY", "typed"), Map.entry("USYS_CONFIG", "changed-configuration"));

    private Actions() {
    }

    static String of(AuditRecord r) {
        if ("AVC".equals(r.type)) {
            return r.get("apparmor") != null ? "violated-apparmor-policy" : "violated-selinux-policy";
        }
        String action = BY_TYPE.get(r.type);
        return action != null ? action : r.type.toLowerCase(Locale.ROOT);
    }
}
