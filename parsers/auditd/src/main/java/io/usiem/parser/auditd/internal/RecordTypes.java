package io.usiem.parser.auditd.internal;

import java.util.Map;

/** Audit record type names, for the kernel's numeric form ({@code type=1300}) and the journald form ({@code AVC ...}). */
final class RecordTypes {
    /** From linux/audit.h and libaudit's table; the types seen in the wild. */
    private static final Map<String, String> BY_NUMBER = Map.ofEntries(
            Map.entry("1006", "LOGIN"), Map.entry("1100", "USER_AUTH"), Map.entry("1101", "USER_ACCT"),
            Map.entry("1102", "USER_MGMT"), Map.entry("1103", "CRED_ACQ"), Map.entry("1104", "CRED_DISP"),
            Map.entry("1105", "USER_START"), Map.entry("1106", "USER_END"), Map.entry("1107", "USER_AVC"),
            Map.entry("1108", "USER_CHAUTHTOK"), Map.entry("1109", "USER_ERR"), Map.entry("1110", "CRED_REFR"),
            Map.entry("1111", "USYS_CONFIG"), Map.entry("1112", "USER_LOGIN"), Map.entry("1113", "USER_LOGOUT"),
            Map.entry("1114", "ADD_USER"), Map.entry("1115", "DEL_USER"), Map.entry("1116", "ADD_GROUP"),
            Map.entry("1117", "DEL_GROUP"), Map.entry("1123", "USER_CMD"), Map.entry("1124", "USER_TTY"),
            Map.entry("1125", "CHUSER_ID"), Map.entry("1126", "GRP_AUTH"), Map.entry("1127", "SYSTEM_BOOT"),
            Map.entry("1128", "SYSTEM_SHUTDOWN"), Map.entry("1130", "SERVICE_START"), Map.entry("1131", "SERVICE_STOP"),
            Map.entry("1132", "GRP_MGMT"), Map.entry("1133", "GRP_CHAUTHTOK"), Map.entry("1200", "DAEMON_START"),
            Map.entry("1201", "DAEMON_END"), Map.entry("1203", "DAEMON_CONFIG"), Map.entry("1300", "SYSCALL"),
            Map.entry("1302", "PATH"), Map.entry("1303", "IPC"), Map.entry("1304", "SOCKETCALL"),
            Map.entry("1305", "CONFIG_CHANGE"), Map.entry("1306", "SOCKADDR"), Map.entry("1307", "CWD"),
            Map.entry("1309", "EXECVE"), Map.entry("1320", "EOE"), Map.entry("1321", "BPRM_FCAPS"),
            Map.entry("1322", "CAPSET"), Map.entry("1323", "MMAP"), Map.entry("1325", "NETFILTER_CFG"),
            Map.entry("1326", "SECCOMP"), Map.entry("1327", "PROCTITLE"), Map.entry("1400", "AVC"),
            Map.entry("1401", "SELINUX_ERR"), Map.entry("1700", "ANOM_PROMISCUOUS"), Map.entry("1701", "ANOM_ABEND"),
            Map.entry("1702", "ANOM_LINK"), Map.entry("2100", "ANOM_LOGIN_FAILURES"), Map.entry("2101", "ANOM_LOGIN_TIME"),
            Map.entry("2102", "ANOM_LOGIN_SESSIONS"), Map.entry("2103", "ANOM_LOGIN_ACCT"),
            Map.entry("2104", "ANOM_LOGIN_LOCATION"), Map.entry("2105", "ANOM_MAX_DAC"), Map.entry("2106", "ANOM_MAX_MAC"),
            Map.entry("2107", "ANOM_AMTU_FAIL"), Map.entry("2108", "ANOM_RBAC_FAIL"), Map.entry("2110", "ANOM_CRYPTO_FAIL"),
            Map.entry("2111", "ANOM_ACCESS_FS"), Map.entry("2112", "ANOM_EXEC"), Map.entry("2113", "ANOM_MK_EXEC"),
            Map.entry("2114", "ANOM_ADD_ACCT"), Map.entry("2115", "ANOM_DEL_ACCT"), Map.entry("2116", "ANOM_MOD_ACCT"),
            Map.entry("2117", "ANOM_ROOT_TRANS"), Map.entry("2300", "RESP_ANOMALY"));

    private RecordTypes() {
    }

    /** @return the name of a type written as a number, else the text itself */
    static String name(String text) {
        if (!text.isEmpty() && Character.isDigit(text.charAt(0))) {
            String name = BY_NUMBER.get(text);
            return name != null ? name : "UNKNOWN[" + text + "]";
        }
        return text;
    }

    /** @return whether s[from, to) looks like a record type name (AVC, SYSCALL, USER_LOGIN) */
    static boolean isName(String s, int from, int to) {
        if (to - from < 3 || to - from > 24) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (!(c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
