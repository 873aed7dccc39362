package io.usiem.parser.windows.internal;

import io.usiem.api.event.EcsCategory;
import io.usiem.api.event.EcsEventType;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;

import java.util.ArrayList;
import java.util.List;

/**
 * ECS for Sysmon events 1-29, after Elastic's Windows integration ({@code windows.sysmon_operational}):
 * process and parent, network ends, registry path/key/value, file paths, DNS question and answers, and
 * hashes from {@code Hashes}.
 */
final class SysmonMapping {
    private static final String[] ACTIONS = new String[30];

    static {
        String[] a = ACTIONS;
        a[1] = "Process Create (rule: ProcessCreate)";
        a[2] = "File creation time changed (rule: FileCreateTime)";
        a[3] = "Network connection detected (rule: NetworkConnect)";
        a[4] = "Sysmon service state changed";
        a[5] = "Process terminated (rule: ProcessTerminate)";
        a[6] = "Driver loaded (rule: DriverLoad)";
        a[7] = "Image loaded (rule: ImageLoad)";
        a[8] = "CreateRemoteThread detected (rule: CreateRemoteThread)";
        a[9] = "RawAccessRead detected (rule: RawAccessRead)";
        a[10] = "Process accessed (rule: ProcessAccess)";
        a[11] = "File created (rule: FileCreate)";
        a[12] = "Registry object added or deleted (rule: RegistryEvent)";
        a[13] = "Registry value set (rule: RegistryEvent)";
        a[14] = "Registry object renamed (rule: RegistryEvent)";
        a[15] = "File stream created (rule: FileCreateStreamHash)";
        a[16] = "Sysmon config state changed";
        a[17] = "Pipe Created (rule: PipeEvent)";
        a[18] = "Pipe Connected (rule: PipeEvent)";
        a[19] = "WmiEventFilter activity detected (rule: WmiEvent)";
        a[20] = "WmiEventConsumer activity detected (rule: WmiEvent)";
        a[21] = "WmiEventConsumerToFilter activity detected (rule: WmiEvent)";
        a[22] = "Dns query (rule: DnsQuery)";
        a[23] = "File Delete archived (rule: FileDelete)";
        a[24] = "Clipboard changed (rule: ClipboardChange)";
        a[25] = "Process Tampering (rule: ProcessTampering)";
        a[26] = "File Delete logged (rule: FileDeleteDetected)";
        a[27] = "File Block Executable (rule: FileBlockExecutable)";
        a[28] = "File Block Shredding (rule: FileBlockShredding)";
        a[29] = "File Executable Detected (rule: FileExecutableDetected)";
    }

    private SysmonMapping() {
    }

    static void map(WinRecord r, int id, EventBuilder b) {
        if (id > 0 && id < ACTIONS.length) {
            b.set(Fields.EVENT_ACTION, ACTIONS[id]);
        }
        Ecs.set(b, Fields.RULE_NAME, r.present("RuleName"));
        if (id == 8 || id == 10) {
            source(r, b);
        } else {
            process(r, b);
            Ecs.domainUser(b, r.present("User"), Fields.USER_NAME, Fields.USER_DOMAIN);
        }
        switch (id) {
            case 1 -> processCreate(r, b);
            case 2 -> file(r, b, EcsEventType.CHANGE, null);
            case 3 -> network(r, b);
            case 5 -> b.category(EventCategory.PROCESS).ecsCategory(EcsCategory.PROCESS).ecsType(EcsEventType.END);
            case 6 -> loaded(r, b, EcsCategory.DRIVER, EcsEventType.START);
            case 7 -> loaded(r, b, EcsCategory.PROCESS, EcsEventType.CHANGE);
            case 8 -> b.category(EventCategory.PROCESS).ecsCategory(EcsCategory.PROCESS).ecsType(EcsEventType.CHANGE);
            case 9 -> b.category(EventCategory.PROCESS).ecsCategory(EcsCategory.PROCESS).ecsType(EcsEventType.ACCESS);
            case 10 -> b.category(EventCategory.PROCESS).ecsCategory(EcsCategory.PROCESS).ecsType(EcsEventType.ACCESS);
            case 11 -> file(r, b, EcsEventType.CREATION, null);
            case 12, 13, 14 -> registry(r, id, b);
            case 15 -> file(r, b, EcsEventType.CREATION, r.get("Hash") != null ? r.get("Hash") : r.get("Hashes"));
            case 16, 4 -> b.ecsCategory(EcsCategory.CONFIGURATION).ecsType(EcsEventType.CHANGE);
            case 17, 18 -> {
                Ecs.set(b, Fields.FILE_NAME, r.present("PipeName"));
                b.ecsCategory(EcsCategory.FILE).ecsType(id == 17 ? EcsEventType.CREATION : EcsEventType.ACCESS);
            }
            case 19, 20, 21 -> b.ecsCategory(EcsCategory.CONFIGURATION).ecsType(EcsEventType.CHANGE);
            case 22 -> dns(r, b);
            case 23, 26 -> file(r, b, EcsEventType.DELETION, r.get("Hashes"));
            case 24 -> b.ecsCategory(EcsCategory.PROCESS).ecsType(EcsEventType.CHANGE);
            case 25 -> b.category(EventCategory.PROCESS).ecsCategory(EcsCategory.PROCESS).ecsType(EcsEventType.CHANGE);
            case 27, 28 -> {
                file(r, b, EcsEventType.DENIED, r.get("Hashes"));
                b.set(Fields.EVENT_OUTCOME, "failure");
            }
            case 29 -> file(r, b, EcsEventType.CREATION, r.get("Hashes"));
            default -> {
                // 255 (error) and ids a newer Sysmon adds: EventData only
            }
        }
    }

    private static void process(WinRecord r, EventBuilder b) {
        Ecs.set(b, Fields.PROCESS_ENTITY_ID, r.present("ProcessGuid"));
        Ecs.setNumber(b, Fields.PROCESS_PID, r.get("ProcessId"));
        Ecs.executable(b, Fields.PROCESS_EXECUTABLE, Fields.PROCESS_NAME, r.present("Image"));
    }

    /** Events 8 and 10 describe a source process acting on a target one; ECS process is the source. */
    private static void source(WinRecord r, EventBuilder b) {
        String guid = r.present("SourceProcessGUID");
        Ecs.set(b, Fields.PROCESS_ENTITY_ID, guid != null ? guid : r.present("SourceProcessGuid"));
        Ecs.setNumber(b, Fields.PROCESS_PID, r.get("SourceProcessId"));
        Ecs.setNumber(b, Fields.PROCESS_THREAD_ID, r.get("SourceThreadId"));
        Ecs.executable(b, Fields.PROCESS_EXECUTABLE, Fields.PROCESS_NAME, r.present("SourceImage"));
        Ecs.domainUser(b, r.present("SourceUser"), Fields.USER_NAME, Fields.USER_DOMAIN);
    }

    private static void processCreate(WinRecord r, EventBuilder b) {
        String cmd = r.get("CommandLine");
        if (cmd != null && !cmd.isEmpty()) {
            b.set(Fields.PROCESS_COMMAND_LINE, cmd);
            List<String> args = CommandLines.split(cmd);
            if (!args.isEmpty()) {
                b.set(Fields.PROCESS_ARGS, args).set(WinFields.PROCESS_ARGS_COUNT, (long) args.size());
            }
        }
        Ecs.set(b, Fields.PROCESS_WORKING_DIRECTORY, r.present("CurrentDirectory"));
        Ecs.set(b, WinFields.PROCESS_PE_ORIGINAL_FILE_NAME, r.present("OriginalFileName"));
        Ecs.set(b, WinFields.PROCESS_PE_COMPANY, r.present("Company"));
        Ecs.set(b, WinFields.PROCESS_PE_DESCRIPTION, r.present("Description"));
        Ecs.set(b, WinFields.PROCESS_PE_PRODUCT, r.present("Product"));
        Ecs.set(b, WinFields.PROCESS_PE_FILE_VERSION, r.present("FileVersion"));
        Ecs.hashes(b, r.get("Hashes"), Fields.PROCESS_HASH_MD5, Fields.PROCESS_HASH_SHA1, Fields.PROCESS_HASH_SHA256,
                WinFields.PROCESS_PE_IMPHASH);
        Ecs.set(b, Fields.PROCESS_PARENT_ENTITY_ID, r.present("ParentProcessGuid"));
        Ecs.setNumber(b, Fields.PROCESS_PARENT_PID, r.get("ParentProcessId"));
        Ecs.executable(b, Fields.PROCESS_PARENT_EXECUTABLE, Fields.PROCESS_PARENT_NAME, r.present("ParentImage"));
        String parentCmd = r.get("ParentCommandLine");
        if (parentCmd != null && !parentCmd.isEmpty()) {
            b.set(Fields.PROCESS_PARENT_COMMAND_LINE, parentCmd);
        }
        String parentUser = r.present("ParentUser");
        if (parentUser != null) {
            int slash = parentUser.indexOf('\\');
            b.append(Fields.RELATED_USER, slash < 0 ? parentUser : parentUser.substring(slash + 1));
        }
        b.category(EventCategory.PROCESS).ecsCategory(EcsCategory.PROCESS).ecsType(EcsEventType.START);
    }

    private static void network(WinRecord r, EventBuilder b) {
        Ecs.setIp(b, Fields.SOURCE_IP, r.get("SourceIp"));
        Ecs.setPort(b, Fields.SOURCE_PORT, r.get("SourcePort"));
        Ecs.set(b, Fields.SOURCE_DOMAIN, r.present("SourceHostname"));
        Ecs.setIp(b, Fields.DESTINATION_IP, r.get("DestinationIp"));
        Ecs.setPort(b, Fields.DESTINATION_PORT, r.get("DestinationPort"));
        Ecs.set(b, Fields.DESTINATION_DOMAIN, r.present("DestinationHostname"));
        String transport = Protocols.transport(r.get("Protocol"));
        if (transport != null) {
            b.set(Fields.NETWORK_TRANSPORT, transport);
        }
        String initiated = r.get("Initiated");
        if (initiated != null) {
            b.set(Fields.NETWORK_DIRECTION, "true".equalsIgnoreCase(initiated) ? "egress" : "ingress");
        }
        String v6 = r.get("DestinationIsIpv6");
        if (v6 != null) {
            b.set(Fields.NETWORK_TYPE, "true".equalsIgnoreCase(v6) ? "ipv6" : "ipv4");
        }
        Ecs.set(b, Fields.NETWORK_PROTOCOL, r.present("DestinationPortName"));
        b.category(EventCategory.NETWORK).ecsCategory(EcsCategory.NETWORK).ecsType(EcsEventType.START, EcsEventType.CONNECTION);
    }

    private static void loaded(WinRecord r, EventBuilder b, EcsCategory category, EcsEventType type) {
        Ecs.file(b, r.present("ImageLoaded"));
        Ecs.hashes(b, r.get("Hashes"), Fields.FILE_HASH_MD5, Fields.FILE_HASH_SHA1, Fields.FILE_HASH_SHA256,
                WinFields.FILE_PE_IMPHASH);
        Ecs.set(b, WinFields.FILE_PE_ORIGINAL_FILE_NAME, r.present("OriginalFileName"));
        Ecs.set(b, WinFields.FILE_PE_COMPANY, r.present("Company"));
        Ecs.set(b, WinFields.FILE_PE_DESCRIPTION, r.present("Description"));
        Ecs.set(b, WinFields.FILE_PE_PRODUCT, r.present("Product"));
        Ecs.set(b, WinFields.FILE_PE_FILE_VERSION, r.present("FileVersion"));
        String signed = r.get("Signed");
        if (signed != null) {
            b.set(WinFields.FILE_CODE_SIGNATURE_SIGNED, "true".equalsIgnoreCase(signed));
        }
        Ecs.set(b, WinFields.FILE_CODE_SIGNATURE_SUBJECT, r.present("Signature"));
        Ecs.set(b, WinFields.FILE_CODE_SIGNATURE_STATUS, r.present("SignatureStatus"));
        b.ecsCategory(category).ecsType(type);
        if (category == EcsCategory.PROCESS) {
            b.category(EventCategory.PROCESS);
        }
    }

    private static void file(WinRecord r, EventBuilder b, EcsEventType type, String hashes) {
        Ecs.file(b, r.present("TargetFilename"));
        Ecs.hashes(b, hashes, Fields.FILE_HASH_MD5, Fields.FILE_HASH_SHA1, Fields.FILE_HASH_SHA256, WinFields.FILE_PE_IMPHASH);
        b.category(EventCategory.FILE).ecsCategory(EcsCategory.FILE).ecsType(type);
    }

    private static void registry(WinRecord r, int id, EventBuilder b) {
        String path = r.present("TargetObject");
        String eventType = r.get("EventType");
        boolean keyOnly = "CreateKey".equals(eventType) || "DeleteKey".equals(eventType);
        if (path != null) {
            RegistryPaths.map(b, path, !keyOnly && id != 14);
        }
        if (id == 13) {
            RegistryPaths.data(b, r.get("Details"));
        }
        EcsEventType type = "CreateKey".equals(eventType) ? EcsEventType.CREATION
                : eventType != null && eventType.startsWith("Delete") ? EcsEventType.DELETION : EcsEventType.CHANGE;
        b.category(EventCategory.REGISTRY).ecsCategory(EcsCategory.CONFIGURATION, EcsCategory.REGISTRY).ecsType(type);
    }

    private static void dns(WinRecord r, EventBuilder b) {
        Ecs.set(b, Fields.DNS_QUESTION_NAME, r.present("QueryName"));
        String status = r.get("QueryStatus");
        if (status != null && !status.isEmpty()) {
            b.set(Fields.DNS_RESPONSE_CODE, DnsStatus.responseCode(status));
        }
        String results = r.get("QueryResults");
        if (results != null && !results.isEmpty()) {
            List<IpAddress> ips = new ArrayList<>(2);
            int i = 0;
            while (i < results.length()) {
                int semi = results.indexOf(';', i);
                int end = semi < 0 ? results.length() : semi;
                IpAddress ip = Ecs.ip(results.substring(i, end).trim());
                if (ip != null && !ips.contains(ip)) {
                    ips.add(ip);
                }
                i = end + 1;
            }
            if (!ips.isEmpty()) {
                b.setIps(Fields.DNS_RESOLVED_IP, ips);
                for (IpAddress ip : ips) {
                    b.append(Fields.RELATED_IP, ip);
                }
            }
        }
        b.set(Fields.NETWORK_PROTOCOL, "dns");
        b.category(EventCategory.DNS).ecsCategory(EcsCategory.NETWORK).ecsType(EcsEventType.CONNECTION, EcsEventType.PROTOCOL,
                EcsEventType.INFO);
    }
}
