package io.usiem.parser.auditd.internal;

import io.usiem.api.event.EcsCategory;
import io.usiem.api.event.EcsEventType;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Audit record to ECS, as Elastic's Auditd (log) integration maps it: every pair kept under {@code auditd.log.*}
 * (hex-encoded values decoded), the record type as {@code event.action}, processes, users, addresses, files and
 * the outcome in their ECS fields, the category from the record type.
 */
final class AuditMapper {
    private AuditMapper() {
    }

    static void apply(AuditRecord r, EventBuilder b) {
        String type = r.type;
        b.set(AuditdFields.RECORD_TYPE, type).set(Fields.EVENT_ACTION, type.toLowerCase(java.util.Locale.ROOT));
        if (r.serial >= 0) {
            b.set(AuditdFields.SEQUENCE, r.serial).set(Fields.EVENT_ID, r.id);
            b.eventNanos(r.seconds * 1_000_000_000L + r.millis * 1_000_000L);
        }
        if (r.node != null) {
            b.set(AuditdFields.NODE, r.node);
            if (!b.has(Fields.HOST_HOSTNAME)) {
                b.set(Fields.HOST_HOSTNAME, r.node);
            }
        }
        boolean execve = "EXECVE".equals(type);
        List<String> args = execve ? new ArrayList<>() : null;
        for (int k = 0; k < r.pairs.size(); k += 2) {
            String key = r.pairs.get(k);
            String value = r.pairs.get(k + 1);
            boolean quoted = r.quoted.get(k / 2);
            if (!quoted && isEncoded(key, execve) && isHex(value)) {
                value = decode(value, "proctitle".equals(key));
            }
            if (execve && isArg(key) && args.size() < 1024) {
                args.add(value);
            }
            if (!b.has(AuditdFields.key(key))) {
                b.set(AuditdFields.key(key), value);
            }
        }
        if (r.avcResult != null) {
            b.set(AuditdFields.AVC_RESULT, r.avcResult);
        }
        if (r.avcPermissions != null) {
            b.set(AuditdFields.AVC_PERMISSIONS, r.avcPermissions);
        }
        ecsFields(r, b);
        if (execve && !args.isEmpty()) {
            b.set(Fields.PROCESS_ARGS, args).set(AuditdFields.PROCESS_ARGS_COUNT, args.size())
                    .set(Fields.PROCESS_COMMAND_LINE, String.join(" ", args));
        }
        Categories.apply(r, b);
    }

    private static void ecsFields(AuditRecord r, EventBuilder b) {
        text(b, Fields.PROCESS_PID, r.get("pid"));
        text(b, Fields.PROCESS_PARENT_PID, r.get("ppid"));
        copy(b, Fields.PROCESS_NAME, "comm");
        copy(b, Fields.PROCESS_EXECUTABLE, "exe");
        copy(b, Fields.PROCESS_TITLE, "proctitle");
        copy(b, Fields.PROCESS_WORKING_DIRECTORY, "cwd");
        id(b, Fields.USER_ID, r.get("uid"));
        id(b, AuditdFields.USER_AUDIT_ID, r.get("auid"));
        id(b, AuditdFields.USER_EFFECTIVE_ID, r.get("euid"));
        id(b, Fields.GROUP_ID, r.get("gid"));
        id(b, AuditdFields.GROUP_EFFECTIVE_ID, r.get("egid"));
        // Names the enriched format (or a user-space record's acct) gives.
        String acct = (String) b.get(AuditdFields.key("acct"));
        String uidName = interpreted(r.get("UID"));
        // A user-space record names the account it is about (acct); "(invalid user)" and "?" name nobody.
        String name = acct != null ? (acct.isEmpty() || "?".equals(acct) || acct.startsWith("(") ? null : acct) : uidName;
        if (name != null) {
            b.set(Fields.USER_NAME, name);
            b.append(Fields.RELATED_USER, name);
        }
        String auidName = interpreted(r.get("AUID"));
        if (auidName != null) {
            b.set(AuditdFields.USER_AUDIT_NAME, auidName);
            if (!auidName.equals(name)) {
                b.append(Fields.RELATED_USER, auidName);
            }
        }
        String euidName = interpreted(r.get("EUID"));
        if (euidName != null) {
            b.set(Fields.USER_EFFECTIVE_NAME, euidName);
        }
        String addr = r.get("addr");
        IpAddress ip = addr == null ? null : IpAddress.tryParse(addr);
        if (ip != null) {
            b.set(Fields.SOURCE_IP, ip);
            b.append(Fields.RELATED_IP, ip);
        }
        String host = r.get("hostname");
        if (host != null && !"?".equals(host) && !host.isEmpty() && !host.equals(addr)) {
            b.set(Fields.SOURCE_ADDRESS, host);
            b.set(Fields.SOURCE_DOMAIN, host);
        }
        if ("PATH".equals(r.type)) {
            copy(b, Fields.FILE_PATH, "name");
            text(b, AuditdFields.FILE_INODE, r.get("inode"));
            text(b, AuditdFields.FILE_MODE, r.get("mode"));
            id(b, AuditdFields.FILE_UID, r.get("ouid"));
            id(b, AuditdFields.FILE_GID, r.get("ogid"));
        }
        if ("ADD_USER".equals(r.type) || "DEL_USER".equals(r.type) || "USER_MGMT".equals(r.type)) {
            id(b, Fields.USER_TARGET_ID, r.get("id"));
            String target = interpreted(r.get("ID"));
            if (target != null && !target.startsWith("unknown(")) {
                b.set(Fields.USER_TARGET_NAME, target);
                b.append(Fields.RELATED_USER, target);
            }
        }
        if ("USER_CMD".equals(r.type)) {
            copy(b, Fields.PROCESS_COMMAND_LINE, "cmd");
        }
        if (r.type.startsWith("SERVICE_")) {
            copy(b, AuditdFields.SERVICE_UNIT, "unit");
        }
        String res = r.get("res");
        String success = r.get("success");
        String outcome = res != null ? ("success".equals(res) || "1".equals(res) ? "success" : "failed".equals(res) || "0".equals(res) ? "failure" : null)
                : success != null ? ("yes".equals(success) ? "success" : "no".equals(success) ? "failure" : null) : null;
        if ("AVC".equals(r.type) && r.avcResult != null) {
            outcome = "denied".equals(r.avcResult) ? "failure" : "success";
        } else if ("AVC".equals(r.type) && "DENIED".equals(r.get("apparmor"))) {
            outcome = "failure";
        }
        b.set(Fields.EVENT_OUTCOME, outcome == null ? "unknown" : outcome);
    }

    /** The decoded values were stored under auditd.log.KEY; ECS fields copy them. */
    private static void copy(EventBuilder b, io.usiem.api.event.Field target, String key) {
        Object v = b.get(AuditdFields.key(key));
        if (v instanceof String && !((String) v).isEmpty() && !"(null)".equals(v) && !"?".equals(v)) {
            b.set(target, (String) v);
        }
    }

    private static void text(EventBuilder b, io.usiem.api.event.Field f, String value) {
        if (value != null && !value.isEmpty() && !"?".equals(value)) {
            b.setFromText(f, value);
        }
    }

    /** A numeric id; 4294967295 (-1 as unsigned) means unset and is not an id. */
    private static void id(EventBuilder b, io.usiem.api.event.Field f, String value) {
        if (value != null && !value.isEmpty() && !"4294967295".equals(value) && !"-1".equals(value) && !"?".equals(value)) {
            b.set(f, value);
        }
    }

    /** An enriched value ({@code UID="root"}), or null when absent or unset. */
    private static String interpreted(String value) {
        return value == null || value.isEmpty() || "unset".equals(value) || "?".equals(value) ? null : value;
    }

    /** Keys whose unquoted values are hex-encoded strings (auditd encodes values holding spaces, quotes or controls). */
    private static boolean isEncoded(String key, boolean execve) {
        switch (key) {
            case "proctitle":
            case "cmd":
            case "acct":
            case "name":
            case "cwd":
            case "exe":
            case "comm":
            case "data":
            case "path":
            case "ocomm":
            case "key":
            case "old-name":
            case "new-name":
                return true;
            default:
                return execve && isArg(key);
        }
    }

    /** EXECVE's a0, a1... (and a2[0], a2[1] for arguments split across records). */
    private static boolean isArg(String key) {
        int n = key.length();
        if (n < 2 || key.charAt(0) != 'a' || !Character.isDigit(key.charAt(1))) {
            return false;
        }
        for (int k = 2; k < n; k++) {
            char c = key.charAt(k);
            if (!Character.isDigit(c) && c != '[' && c != ']') {
                return false;
            }
        }
        return !key.endsWith("_len");
    }

    static boolean isHex(String v) {
        int n = v.length();
        if (n < 2 || (n & 1) != 0) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char c = v.charAt(k);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** Hex to UTF-8 text; proctitle's NUL argument separators become spaces. */
    static String decode(String hex, boolean nulToSpace) {
        int n = hex.length() / 2;
        byte[] bytes = new byte[n];
        for (int k = 0; k < n; k++) {
            int b = Character.digit(hex.charAt(2 * k), 16) << 4 | Character.digit(hex.charAt(2 * k + 1), 16);
            bytes[k] = (byte) (nulToSpace && b == 0 ? ' ' : b);
        }
        int len = n;
        while (nulToSpace && len > 0 && bytes[len - 1] == ' ') {
            len--;
        }
        return new String(bytes, 0, len, StandardCharsets.UTF_8);
    }

    /** ECS category and type, and the uSIEM category, by record type. */
    static final class Categories {
        private Categories() {
        }

        static void apply(AuditRecord r, EventBuilder b) {
            String t = r.type;
            switch (t) {
                case "USER_LOGIN":
                case "USER_LOGOUT":
                    b.category(EventCategory.AUTHENTICATION).ecsCategory(EcsCategory.AUTHENTICATION)
                            .ecsType("USER_LOGIN".equals(t) ? EcsEventType.START : EcsEventType.END);
                    break;
                case "USER_AUTH":
                case "USER_ACCT":
                case "GRP_AUTH":
                case "CRED_ACQ":
                case "CRED_REFR":
                case "CRED_DISP":
                case "USER_ERR":
                case "ANOM_LOGIN_FAILURES":
                case "ANOM_LOGIN_TIME":
                case "ANOM_LOGIN_SESSIONS":
                case "ANOM_LOGIN_ACCT":
                case "ANOM_LOGIN_LOCATION":
                    b.category(EventCategory.AUTHENTICATION).ecsCategory(EcsCategory.AUTHENTICATION).ecsType(EcsEventType.INFO);
                    break;
                case "USER_START":
                case "USER_END":
                case "LOGIN":
                    b.category(EventCategory.AUTHENTICATION).ecsCategory(EcsCategory.SESSION)
                            .ecsType("USER_END".equals(t) ? EcsEventType.END : EcsEventType.START);
                    break;
                case "ADD_USER":
                case "DEL_USER":
                case "USER_MGMT":
                case "USER_CHAUTHTOK":
                case "CHUSER_ID":
                    b.category(EventCategory.IAM).ecsCategory(EcsCategory.IAM).ecsType(EcsEventType.USER,
                            t.startsWith("ADD") ? EcsEventType.CREATION : t.startsWith("DEL") ? EcsEventType.DELETION : EcsEventType.CHANGE);
                    break;
                case "ADD_GROUP":
                case "DEL_GROUP":
                case "GRP_MGMT":
                case "GRP_CHAUTHTOK":
                    b.category(EventCategory.IAM).ecsCategory(EcsCategory.IAM).ecsType(EcsEventType.GROUP,
                            t.startsWith("ADD") ? EcsEventType.CREATION : t.startsWith("DEL") ? EcsEventType.DELETION : EcsEventType.CHANGE);
                    break;
                case "USER_CMD":
                case "EXECVE":
                    b.category(EventCategory.PROCESS).ecsCategory(EcsCategory.PROCESS).ecsType(EcsEventType.START);
                    break;
                case "SYSCALL":
                    boolean exec = "59".equals(r.get("syscall")) && "c000003e".equals(r.get("arch"))
                            || "221".equals(r.get("syscall")) && "c00000b7".equals(r.get("arch"))
                            || "execve".equals(r.get("SYSCALL")) || "execveat".equals(r.get("SYSCALL"));
                    b.category(EventCategory.PROCESS).ecsCategory(EcsCategory.PROCESS).ecsType(exec ? EcsEventType.START : EcsEventType.INFO);
                    break;
                case "PROCTITLE":
                case "CWD":
                case "BPRM_FCAPS":
                case "CAPSET":
                    b.category(EventCategory.PROCESS).ecsCategory(EcsCategory.PROCESS).ecsType(EcsEventType.INFO);
                    break;
                case "PATH":
                    b.category(EventCategory.FILE).ecsCategory(EcsCategory.FILE).ecsType(EcsEventType.INFO);
                    break;
                case "SOCKADDR":
                    b.ecsCategory(EcsCategory.NETWORK).ecsType(EcsEventType.INFO);
                    break;
                case "SERVICE_START":
                case "SERVICE_STOP":
                    b.category(EventCategory.PROCESS).ecsCategory(EcsCategory.PROCESS)
                            .ecsType("SERVICE_START".equals(t) ? EcsEventType.START : EcsEventType.END);
                    break;
                case "CONFIG_CHANGE":
                case "DAEMON_CONFIG":
                case "NETFILTER_CFG":
                case "USYS_CONFIG":
                    b.ecsCategory(EcsCategory.CONFIGURATION).ecsType(EcsEventType.CHANGE);
                    break;
                case "DAEMON_START":
                case "DAEMON_END":
                case "SYSTEM_BOOT":
                case "SYSTEM_SHUTDOWN":
                    b.ecsCategory(EcsCategory.HOST).ecsType("DAEMON_END".equals(t) || "SYSTEM_SHUTDOWN".equals(t) ? EcsEventType.END : EcsEventType.START);
                    break;
                case "AVC":
                case "USER_AVC":
                case "SELINUX_ERR":
                    b.ecsCategory(EcsCategory.PROCESS).ecsType(EcsEventType.ACCESS, "failure".equals(b.get(Fields.EVENT_OUTCOME)) ? EcsEventType.DENIED : EcsEventType.ALLOWED);
                    break;
                default:
                    if (t.startsWith("ANOM_")) {
                        b.ecsCategory(EcsCategory.HOST).ecsType(EcsEventType.INFO);
                    }
                    break;
            }
        }
    }
}
