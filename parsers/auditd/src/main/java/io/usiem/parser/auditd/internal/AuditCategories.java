package io.usiem.parser.auditd.internal;

import io.usiem.api.event.EcsCategory;
import io.usiem.api.event.EcsEventType;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Fields;

/** ECS category and type, and the uSIEM category, by record type. */
final class AuditCategories {
    private AuditCategories() {
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
                b.category(EventCategory.AUTHENTICATION).ecsCategory(EcsCategory.SESSION)
                        .ecsType("USER_END".equals(t) ? EcsEventType.END : EcsEventType.START);
                break;
            case "LOGIN":
                b.category(EventCategory.AUTHENTICATION).ecsCategory(EcsCategory.AUTHENTICATION).ecsType(EcsEventType.START);
                break;
            case "ADD_USER":
            case "DEL_USER":
            case "USER_MGMT":
            case "USER_CHAUTHTOK":
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
            case "AUOMS_EXECVE":
                b.category(EventCategory.PROCESS).ecsCategory(EcsCategory.PROCESS).ecsType(EcsEventType.START);
                break;
            case "SYSCALL":
            case "AUOMS_SYSCALL":
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
                b.ecsCategory(EcsCategory.PROCESS, EcsCategory.CONFIGURATION).ecsType(EcsEventType.CHANGE);
                break;
            case "NETFILTER_CFG":
            case "USYS_CONFIG":
                b.ecsCategory(EcsCategory.CONFIGURATION).ecsType(EcsEventType.CHANGE);
                break;
            case "DAEMON_START":
            case "DAEMON_END":
                b.ecsCategory(EcsCategory.PROCESS).ecsType("DAEMON_END".equals(t) ? EcsEventType.END : EcsEventType.START);
                break;
            case "SYSTEM_BOOT":
            case "SYSTEM_SHUTDOWN":
                b.ecsCategory(EcsCategory.HOST).ecsType(EcsEventType.INFO);
                break;
            case "ANOM_ABEND":
                b.category(EventCategory.PROCESS).ecsCategory(EcsCategory.PROCESS).ecsType(EcsEventType.END);
                break;
            case "ANOM_EXEC":
                b.category(EventCategory.PROCESS).ecsCategory(EcsCategory.PROCESS).ecsType(EcsEventType.START);
                break;
            case "CHUSER_ID":
            case "CHGRP_ID":
                b.category(EventCategory.PROCESS).ecsCategory(EcsCategory.PROCESS).ecsType(EcsEventType.CHANGE);
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
