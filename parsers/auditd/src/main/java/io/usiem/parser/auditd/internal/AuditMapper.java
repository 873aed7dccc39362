package io.usiem.parser.auditd.internal;

import io.usiem.api.event.EventBuilder;
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
        b.set(AuditdFields.RECORD_TYPE, type).set(Fields.EVENT_ACTION, Actions.of(r));
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
            if (!quoted && isEncoded(key, execve) && isHex(value) && (execve || neededEncoding(value))) {
                value = decode(value, "proctitle".equals(key));
            }
            if (execve && isArg(key) && args.size() < 1024) {
                args.add(value);
            }
            // As Elastic does: "?", "(null)" and empty values say nothing and are dropped.
            if (value.isEmpty() || "?".equals(value) || "(null)".equals(value)) {
                continue;
            }
            if ("success".equals(key)) {
                b.set(AuditdFields.SUCCESS, "yes".equals(value) || "1".equals(value) || "true".equals(value));
            } else if ("arch".equals(key)) {
                String arch = arch(value);
                b.set(AuditdFields.key(key), arch);
                b.set(AuditdFields.HOST_ARCHITECTURE, arch);
            } else if (!b.has(AuditdFields.key(key))) {
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
            if (!b.has(Fields.PROCESS_EXECUTABLE) && r.get("a0") != null) {
                b.set(Fields.PROCESS_EXECUTABLE, args.get(0)); // Elastic's choice: the first argument
            }
        }
        processName(b);
        AuditCategories.apply(r, b);
    }

    /**
     * Records without comm (EXECVE, PROCTITLE, USER_CMD) still name their program: the last path part of the executable
     * (for EXECVE its first argument, as Elastic sets it), else of the title's first word (argv[0]). It makes them process
     * events (the PROCESS category needs a name) and is what process.name rules look for.
     */
    private static void processName(EventBuilder b) {
        if (b.has(Fields.PROCESS_NAME)) {
            return;
        }
        Object program = b.get(Fields.PROCESS_EXECUTABLE);
        if (!(program instanceof String)) {
            Object title = b.get(Fields.PROCESS_TITLE);
            if (!(title instanceof String)) {
                return;
            }
            String t = (String) title;
            int space = t.indexOf(' ');
            program = space < 0 ? t : t.substring(0, space);
        }
        String p = (String) program;
        String name = p.substring(p.lastIndexOf('/') + 1);
        if (!name.isEmpty()) {
            b.set(Fields.PROCESS_NAME, name);
        }
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
        id(b, AuditdFields.USER_GROUP_ID, r.get("gid"));
        id(b, AuditdFields.GROUP_EFFECTIVE_ID, r.get("egid"));
        id(b, AuditdFields.USER_SAVED_ID, r.get("suid"));
        id(b, AuditdFields.USER_FILESYSTEM_ID, r.get("fsuid"));
        copy(b, AuditdFields.USER_TERMINAL, "terminal");
        String exit = r.get("exit");
        if (exit != null && "SYSCALL".equals(r.type)) {
            b.setFromText(AuditdFields.PROCESS_EXIT_CODE, exit);
        }
        // Names the enriched format (or a user-space record's acct) gives.
        String acct = (String) b.get(AuditdFields.key("acct"));
        // AUOMS names the users itself (user=, effective_user=); the enriched format does with UID=.
        String uidName = interpreted(r.get("UID") != null ? r.get("UID") : r.get("user"));
        // A user-space record names the account it is about (acct); "(invalid user)" and "?" name nobody.
        String name = r.get("acct") != null ? (acct == null || acct.startsWith("(") ? null : acct) : uidName;
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
        String euidName = interpreted(r.get("EUID") != null ? r.get("EUID") : r.get("effective_user"));
        if (r.type.startsWith("AUOMS_")) {
            Object line = b.get(AuditdFields.key("cmdline"));
            if (!(line instanceof String)) {
                line = b.get(AuditdFields.key("proctitle"));
            }
            if (line instanceof String) {
                b.set(Fields.PROCESS_COMMAND_LINE, (String) line);
            }
        }
        if (euidName != null) {
            b.set(Fields.USER_EFFECTIVE_NAME, euidName);
        }
        String addr = r.get("addr");
        if (addr != null && !addr.isEmpty() && !"?".equals(addr)) {
            b.set(Fields.SOURCE_ADDRESS, addr);
            IpAddress ip = IpAddress.tryParse(addr);
            if (ip != null) {
                b.set(Fields.SOURCE_IP, ip);
                b.append(Fields.RELATED_IP, ip);
            }
        }
        String host = r.get("hostname");
        if (host != null && !"?".equals(host) && !host.isEmpty() && !host.equals(addr)) {
            b.set(Fields.SOURCE_DOMAIN, host);
        }
        if ("PATH".equals(r.type)) {
            copy(b, Fields.FILE_PATH, "name");
            text(b, AuditdFields.FILE_INODE, r.get("inode"));
            text(b, AuditdFields.FILE_MODE, r.get("mode"));
            id(b, AuditdFields.FILE_UID, r.get("ouid"));
            id(b, AuditdFields.FILE_GID, r.get("ogid"));
            id(b, AuditdFields.USER_OWNER_ID, r.get("ouid"));
            id(b, AuditdFields.USER_OWNER_GROUP_ID, r.get("ogid"));
        }
        String t = r.type;
        if ("ADD_USER".equals(t) || "DEL_USER".equals(t) || "USER_MGMT".equals(t) || "USER_CHAUTHTOK".equals(t)) {
            // The account acted upon: Elastic's user.target (id, else acct); the enriched ID names it.
            id(b, Fields.USER_TARGET_ID, r.get("id"));
            String target = interpreted(r.get("ID"));
            if (target == null || target.startsWith("unknown(")) {
                target = name;
            }
            if (target != null) {
                b.set(Fields.USER_TARGET_NAME, target);
                if (!target.equals(name)) {
                    b.append(Fields.RELATED_USER, target);
                }
            }
        } else if ("ADD_GROUP".equals(t) || "DEL_GROUP".equals(t) || "GRP_MGMT".equals(t) || "GRP_CHAUTHTOK".equals(t)) {
            id(b, Fields.GROUP_ID, r.get("id"));
            if (name != null) {
                b.set(Fields.GROUP_NAME, name);
            }
        } else if (name != null && r.get("acct") != null && (t.startsWith("USER_") || t.startsWith("CRED_"))) {
            b.set(Fields.USER_EFFECTIVE_NAME, name); // Elastic copies acct to user.effective for these
        }
        if ("USER_CMD".equals(r.type) && b.get(AuditdFields.key("cmd")) instanceof String) {
            String cmd = (String) b.get(AuditdFields.key("cmd"));
            b.set(Fields.PROCESS_COMMAND_LINE, cmd);
            java.util.List<String> words = words(cmd.trim());
            if (!words.isEmpty() && !words.get(0).isEmpty()) {
                b.set(Fields.PROCESS_ARGS, words).set(AuditdFields.PROCESS_ARGS_COUNT, words.size());
            }
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

    /** Elastic names the architecture (and host.architecture) rather than the audit constant. */
    private static String arch(String value) {
        switch (value) {
            case "c000003e":
                return "x86_64";
            case "c00000b7":
                return "aarch64";
            case "40000003":
                return "i386";
            case "40000028":
                return "arm";
            default:
                return value;
        }
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

    /**
     * auditd encodes a value only when it holds a space, a quote, a control or a non-ASCII byte; hex whose
     * bytes need none of that was no encoding (a literal such as {@code cafe}) and is kept, as Elastic keeps it.
     */
    static boolean neededEncoding(String hex) {
        for (int k = 0; k + 1 < hex.length(); k += 2) {
            int b = Character.digit(hex.charAt(k), 16) << 4 | Character.digit(hex.charAt(k + 1), 16);
            if (b <= 0x20 || b == '"' || b >= 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** The words of a trimmed text split at runs of whitespace as {@code \\s+} defines it, without a regex per line. */
    private static java.util.List<String> words(String s) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int start = 0;
        for (int k = 0; k <= s.length(); k++) {
            if (k == s.length() || isSpace(s.charAt(k))) {
                if (k > start || (k == start && out.isEmpty() && k == s.length())) {
                    out.add(s.substring(start, k));
                }
                start = k + 1;
            }
        }
        return out;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
