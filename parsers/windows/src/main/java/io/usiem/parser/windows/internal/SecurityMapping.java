package io.usiem.parser.windows.internal;

import io.usiem.api.event.EcsCategory;
import io.usiem.api.event.EcsEventType;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Fields;

/**
 * ECS for the Security channel, after Elastic's System integration ({@code system.security}): logons with
 * user, source address and logon type; process creation; account, group, service, task, Kerberos, NTLM,
 * share and audit-log events; the subject user for every other id.
 */
final class SecurityMapping {
    private SecurityMapping() {
    }

    static void map(WinRecord r, int id, EventBuilder b) {
        String action = SecurityActions.action(id);
        if (action != null) {
            b.set(Fields.EVENT_ACTION, action);
        }
        switch (id) {
            case 4624, 4625 -> logon(r, id, b);
            case 4634, 4647 -> logoff(r, b);
            case 4648 -> explicitLogon(r, b);
            case 4672 -> {
                subject(r, b);
                b.category(EventCategory.IAM).ecsCategory(EcsCategory.IAM).ecsType(EcsEventType.ADMIN);
            }
            case 4688 -> processCreated(r, b);
            case 4689 -> processExited(r, b);
            case 4697 -> service(r, b);
            case 4698, 4699, 4700, 4701, 4702 -> scheduledTask(r, id, b);
            case 4720, 4722, 4723, 4724, 4725, 4726, 4738, 4740, 4741, 4742, 4743, 4765, 4766, 4767, 4780, 4781,
                    4794 -> userManagement(r, id, b);
            case 4727, 4728, 4729, 4730, 4731, 4732, 4733, 4734, 4735, 4737, 4744, 4745, 4746, 4747, 4748, 4749,
                    4750, 4751, 4752, 4753, 4754, 4755, 4756, 4757, 4758, 4759, 4760, 4761, 4762, 4763, 4764, 4799 ->
                    groupManagement(r, id, b);
            case 4768, 4769, 4770, 4771, 4772, 4773 -> kerberos(r, id, b);
            case 4776 -> ntlm(r, b);
            case 5140, 5145 -> share(r, b);
            case 5156, 5157, 5158, 5159, 5152, 5154, 5155 -> filteringPlatform(r, id, b);
            case 4656, 4658, 4660, 4663, 4670 -> objectAccess(r, b);
            case 1102, 1100, 1104, 4719, 4902, 4906, 4907, 4912 -> {
                subject(r, b);
                b.ecsCategory(EcsCategory.IAM, EcsCategory.CONFIGURATION).ecsType(EcsEventType.ADMIN, EcsEventType.CHANGE);
            }
            case 4778, 4779 -> {
                Ecs.user(b, r.get("AccountName"), r.get("AccountDomain"), null, Fields.USER_NAME, Fields.USER_DOMAIN, Fields.USER_ID);
                Ecs.setIp(b, Fields.SOURCE_IP, r.get("ClientAddress"));
                Ecs.set(b, Fields.SOURCE_DOMAIN, r.get("ClientName"));
                Ecs.set(b, WinFields.WINLOG_LOGON_ID, r.get("LogonID"));
                b.ecsCategory(EcsCategory.AUTHENTICATION, EcsCategory.SESSION)
                        .ecsType(id == 4778 ? EcsEventType.START : EcsEventType.END);
            }
            default -> subject(r, b);
        }
    }

    /** The acting account (Subject*), which most Security events name. */
    static void subject(WinRecord r, EventBuilder b) {
        Ecs.user(b, r.present("SubjectUserName"), r.present("SubjectDomainName"), r.present("SubjectUserSid"),
                Fields.USER_NAME, Fields.USER_DOMAIN, Fields.USER_ID);
        Ecs.set(b, WinFields.WINLOG_LOGON_ID, r.present("SubjectLogonId"));
    }

    private static void logon(WinRecord r, int id, EventBuilder b) {
        Ecs.user(b, r.present("TargetUserName"), r.present("TargetDomainName"), r.present("TargetUserSid"),
                Fields.USER_NAME, Fields.USER_DOMAIN, Fields.USER_ID);
        String subject = r.present("SubjectUserName");
        if (subject != null) {
            b.append(Fields.RELATED_USER, subject);
        }
        Ecs.set(b, WinFields.WINLOG_LOGON_ID, r.present("TargetLogonId"));
        String type = r.get("LogonType");
        String typeName = LogonTypes.name(type);
        if (typeName != null) {
            b.set(WinFields.WINLOG_LOGON_TYPE, typeName);
        }
        Ecs.setIp(b, Fields.SOURCE_IP, r.get("IpAddress"));
        Ecs.setPort(b, Fields.SOURCE_PORT, r.get("IpPort"));
        Ecs.set(b, Fields.SOURCE_DOMAIN, r.present("WorkstationName"));
        processOf(r, b);
        b.category(EventCategory.AUTHENTICATION).ecsCategory(EcsCategory.AUTHENTICATION).ecsType(EcsEventType.START);
        if (id == 4624) {
            b.set(Fields.EVENT_OUTCOME, "success");
        } else {
            b.set(Fields.EVENT_OUTCOME, "failure");
            Ecs.set(b, WinFields.WINLOG_LOGON_FAILURE_STATUS, r.present("Status"));
            Ecs.set(b, WinFields.WINLOG_LOGON_FAILURE_SUB_STATUS, r.present("SubStatus"));
            Ecs.set(b, WinFields.WINLOG_LOGON_FAILURE_REASON, r.present("FailureReason"));
        }
    }

    private static void logoff(WinRecord r, EventBuilder b) {
        Ecs.user(b, r.present("TargetUserName"), r.present("TargetDomainName"), r.present("TargetUserSid"),
                Fields.USER_NAME, Fields.USER_DOMAIN, Fields.USER_ID);
        Ecs.set(b, WinFields.WINLOG_LOGON_ID, r.present("TargetLogonId"));
        String typeName = LogonTypes.name(r.get("LogonType"));
        if (typeName != null) {
            b.set(WinFields.WINLOG_LOGON_TYPE, typeName);
        }
        b.category(EventCategory.AUTHENTICATION).ecsCategory(EcsCategory.AUTHENTICATION).ecsType(EcsEventType.END)
                .set(Fields.EVENT_OUTCOME, "success");
    }

    private static void explicitLogon(WinRecord r, EventBuilder b) {
        subject(r, b);
        Ecs.user(b, r.present("TargetUserName"), r.present("TargetDomainName"), null,
                Fields.USER_EFFECTIVE_NAME, Fields.USER_TARGET_DOMAIN, Fields.USER_TARGET_ID);
        Ecs.setIp(b, Fields.SOURCE_IP, r.get("IpAddress"));
        Ecs.setPort(b, Fields.SOURCE_PORT, r.get("IpPort"));
        Ecs.set(b, Fields.DESTINATION_DOMAIN, r.present("TargetServerName"));
        processOf(r, b);
        b.category(EventCategory.AUTHENTICATION).ecsCategory(EcsCategory.AUTHENTICATION).ecsType(EcsEventType.START);
        if (!b.has(Fields.EVENT_OUTCOME)) {
            b.set(Fields.EVENT_OUTCOME, "success");
        }
    }

    /** The process a logon event names (ProcessId in hex, ProcessName). */
    private static void processOf(WinRecord r, EventBuilder b) {
        long pid = Ecs.number(r.get("ProcessId"));
        if (pid > 0) {
            b.set(Fields.PROCESS_PID, pid);
        }
        Ecs.executable(b, Fields.PROCESS_EXECUTABLE, Fields.PROCESS_NAME, r.present("ProcessName"));
    }

    private static void processCreated(WinRecord r, EventBuilder b) {
        subject(r, b);
        Ecs.executable(b, Fields.PROCESS_EXECUTABLE, Fields.PROCESS_NAME, r.present("NewProcessName"));
        Ecs.setNumber(b, Fields.PROCESS_PID, r.get("NewProcessId"));
        String cmd = r.get("CommandLine");
        if (cmd != null && !cmd.isEmpty()) {
            b.set(Fields.PROCESS_COMMAND_LINE, cmd);
            java.util.List<String> args = CommandLines.split(cmd);
            if (!args.isEmpty()) {
                b.set(Fields.PROCESS_ARGS, args).set(WinFields.PROCESS_ARGS_COUNT, (long) args.size());
            }
        }
        Ecs.executable(b, Fields.PROCESS_PARENT_EXECUTABLE, Fields.PROCESS_PARENT_NAME, r.present("ParentProcessName"));
        Ecs.setNumber(b, Fields.PROCESS_PARENT_PID, r.get("ProcessId"));
        String target = r.present("TargetUserName");
        if (target != null) {
            Ecs.user(b, target, r.present("TargetDomainName"), r.present("TargetUserSid"), Fields.USER_TARGET_NAME,
                    Fields.USER_TARGET_DOMAIN, Fields.USER_TARGET_ID);
        }
        b.category(EventCategory.PROCESS).ecsCategory(EcsCategory.PROCESS).ecsType(EcsEventType.START);
    }

    private static void processExited(WinRecord r, EventBuilder b) {
        subject(r, b);
        Ecs.executable(b, Fields.PROCESS_EXECUTABLE, Fields.PROCESS_NAME, r.present("ProcessName"));
        Ecs.setNumber(b, Fields.PROCESS_PID, r.get("ProcessId"));
        Ecs.setNumber(b, Fields.PROCESS_EXIT_CODE, r.get("Status"));
        b.category(EventCategory.PROCESS).ecsCategory(EcsCategory.PROCESS).ecsType(EcsEventType.END);
    }

    private static void service(WinRecord r, EventBuilder b) {
        subject(r, b);
        Ecs.set(b, Fields.SERVICE_NAME, r.present("ServiceName"));
        Ecs.set(b, WinFields.SERVICE_TYPE, r.present("ServiceType"));
        b.category(EventCategory.IAM).ecsCategory(EcsCategory.IAM, EcsCategory.CONFIGURATION)
                .ecsType(EcsEventType.ADMIN, EcsEventType.CHANGE);
    }

    private static void scheduledTask(WinRecord r, int id, EventBuilder b) {
        subject(r, b);
        b.category(EventCategory.IAM).ecsCategory(EcsCategory.IAM, EcsCategory.CONFIGURATION).ecsType(EcsEventType.ADMIN,
                id == 4698 ? EcsEventType.CREATION : id == 4699 ? EcsEventType.DELETION : EcsEventType.CHANGE);
    }

    private static void userManagement(WinRecord r, int id, EventBuilder b) {
        subject(r, b);
        Ecs.user(b, r.present("TargetUserName"), r.present("TargetDomainName"), r.present("TargetSid"),
                Fields.USER_TARGET_NAME, Fields.USER_TARGET_DOMAIN, Fields.USER_TARGET_ID);
        String newName = r.present("NewTargetUserName");
        if (newName != null) {
            b.set(Fields.USER_CHANGES_NAME, newName);
        }
        if (id == 4740) {
            Ecs.set(b, Fields.SOURCE_DOMAIN, r.present("TargetDomainName"));
        }
        EcsEventType type = switch (id) {
            case 4720, 4741 -> EcsEventType.CREATION;
            case 4726, 4743 -> EcsEventType.DELETION;
            default -> EcsEventType.CHANGE;
        };
        b.category(EventCategory.IAM).ecsCategory(EcsCategory.IAM).ecsType(EcsEventType.USER, type);
    }

    private static void groupManagement(WinRecord r, int id, EventBuilder b) {
        subject(r, b);
        Ecs.set(b, Fields.GROUP_NAME, r.present("TargetUserName"));
        Ecs.set(b, Fields.GROUP_DOMAIN, r.present("TargetDomainName"));
        Ecs.set(b, Fields.GROUP_ID, r.present("TargetSid"));
        String member = r.present("MemberName");
        if (member != null) {
            String cn = commonName(member);
            b.set(Fields.USER_TARGET_NAME, cn);
            b.append(Fields.RELATED_USER, cn);
        }
        Ecs.set(b, Fields.USER_TARGET_ID, r.present("MemberSid"));
        EcsEventType type = switch (id) {
            case 4727, 4731, 4744, 4749, 4754, 4759 -> EcsEventType.CREATION;
            case 4730, 4734, 4748, 4753, 4758, 4763 -> EcsEventType.DELETION;
            case 4799 -> EcsEventType.INFO;
            default -> EcsEventType.CHANGE;
        };
        b.category(EventCategory.IAM).ecsCategory(EcsCategory.IAM).ecsType(EcsEventType.GROUP, type);
    }

    /** CN=John Doe,OU=...: the member's common name, as Elastic writes user.target.name. */
    private static String commonName(String dn) {
        if (dn.regionMatches(true, 0, "CN=", 0, 3)) {
            int end = dn.indexOf(',', 3);
            while (end > 0 && dn.charAt(end - 1) == '\\') {
                end = dn.indexOf(',', end + 1);
            }
            return dn.substring(3, end < 0 ? dn.length() : end).replace("\\,", ",");
        }
        return dn;
    }

    private static void kerberos(WinRecord r, int id, EventBuilder b) {
        String user = r.present("TargetUserName");
        if (user != null) {
            int at = user.indexOf('@');
            String name = at > 0 ? user.substring(0, at) : user;
            b.set(Fields.USER_NAME, name).append(Fields.RELATED_USER, name);
            Ecs.set(b, Fields.USER_DOMAIN, at > 0 ? user.substring(at + 1) : r.present("TargetDomainName"));
        } else {
            Ecs.set(b, Fields.USER_DOMAIN, r.present("TargetDomainName"));
        }
        Ecs.set(b, Fields.USER_ID, r.present("TargetSid"));
        Ecs.setIp(b, Fields.SOURCE_IP, r.get("IpAddress"));
        Ecs.setPort(b, Fields.SOURCE_PORT, r.get("IpPort"));
        Ecs.set(b, Fields.SERVICE_NAME, r.present("ServiceName"));
        String status = r.present("Status");
        long code = Ecs.number(status);
        if (status != null && code >= 0) {
            b.set(Fields.EVENT_OUTCOME, code == 0 ? "success" : "failure");
        } else if (id == 4771) {
            b.set(Fields.EVENT_OUTCOME, "failure");
        }
        b.category(EventCategory.AUTHENTICATION).ecsCategory(EcsCategory.AUTHENTICATION).ecsType(EcsEventType.START);
    }

    private static void ntlm(WinRecord r, EventBuilder b) {
        String user = r.present("TargetUserName");
        if (user != null) {
            b.set(Fields.USER_NAME, user).append(Fields.RELATED_USER, user);
        }
        Ecs.set(b, Fields.SOURCE_DOMAIN, r.present("Workstation"));
        String status = r.present("Status");
        long code = Ecs.number(status);
        if (code >= 0) {
            b.set(Fields.EVENT_OUTCOME, code == 0 ? "success" : "failure");
        }
        b.category(EventCategory.AUTHENTICATION).ecsCategory(EcsCategory.AUTHENTICATION).ecsType(EcsEventType.START);
    }

    private static void share(WinRecord r, EventBuilder b) {
        subject(r, b);
        Ecs.setIp(b, Fields.SOURCE_IP, r.get("IpAddress"));
        Ecs.setPort(b, Fields.SOURCE_PORT, r.get("IpPort"));
        String target = r.present("RelativeTargetName");
        if (target != null) {
            Ecs.file(b, target);
        }
        b.ecsCategory(EcsCategory.NETWORK, EcsCategory.FILE).ecsType(EcsEventType.ACCESS);
    }

    private static void filteringPlatform(WinRecord r, int id, EventBuilder b) {
        String direction = r.get("Direction");
        boolean inbound = "%%14592".equals(direction) || "Inbound".equalsIgnoreCase(direction);
        // WFP reports the local end as Source: for inbound traffic the remote peer is the ECS source.
        String local = r.get("SourceAddress");
        String localPort = r.get("SourcePort");
        String remote = r.get("DestAddress");
        String remotePort = r.get("DestPort");
        boolean hasDest = remote != null;
        if (inbound && hasDest) {
            Ecs.setIp(b, Fields.SOURCE_IP, remote);
            Ecs.setPort(b, Fields.SOURCE_PORT, remotePort);
            Ecs.setIp(b, Fields.DESTINATION_IP, local);
            Ecs.setPort(b, Fields.DESTINATION_PORT, localPort);
        } else {
            Ecs.setIp(b, Fields.SOURCE_IP, local);
            Ecs.setPort(b, Fields.SOURCE_PORT, localPort);
            Ecs.setIp(b, Fields.DESTINATION_IP, remote);
            Ecs.setPort(b, Fields.DESTINATION_PORT, remotePort);
        }
        if (direction != null) {
            b.set(Fields.NETWORK_DIRECTION, inbound ? "ingress" : "egress");
        }
        String transport = Protocols.transport(r.get("Protocol"));
        if (transport != null) {
            b.set(Fields.NETWORK_TRANSPORT, transport);
        }
        Ecs.setNumber(b, Fields.PROCESS_PID, r.get("ProcessID"));
        if (!b.has(Fields.PROCESS_PID)) {
            Ecs.setNumber(b, Fields.PROCESS_PID, r.get("ProcessId"));
        }
        Ecs.executable(b, Fields.PROCESS_EXECUTABLE, Fields.PROCESS_NAME, r.present("Application"));
        boolean blocked = id == 5152 || id == 5155 || id == 5157 || id == 5159;
        b.set(Fields.EVENT_OUTCOME, blocked ? "failure" : "success");
        b.ecsCategory(EcsCategory.NETWORK).ecsType(EcsEventType.CONNECTION, blocked ? EcsEventType.DENIED : EcsEventType.ALLOWED);
        if (hasDest) {
            b.category(EventCategory.NETWORK);
        }
    }

    private static void objectAccess(WinRecord r, EventBuilder b) {
        subject(r, b);
        Ecs.executable(b, Fields.PROCESS_EXECUTABLE, Fields.PROCESS_NAME, r.present("ProcessName"));
        Ecs.setNumber(b, Fields.PROCESS_PID, r.get("ProcessId"));
        String type = r.get("ObjectType");
        String name = r.present("ObjectName");
        if ("File".equals(type) && name != null) {
            Ecs.file(b, name);
            b.ecsCategory(EcsCategory.FILE).ecsType(EcsEventType.ACCESS);
        } else if ("Key".equals(type) && name != null) {
            b.set(Fields.REGISTRY_PATH, name);
            b.ecsCategory(EcsCategory.REGISTRY).ecsType(EcsEventType.ACCESS);
        }
    }
}
