package io.usiem.parser.windows.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * EventData names by position for the events Sigma rules use most, from the providers' manifests, so
 * shippers that send values without names (Fluent Bit's {@code StringInserts}) still give
 * {@code winlog.event_data.Image}. A template applies only when the number of values equals its length
 * (each manifest version has its own count); otherwise the values stay param1, param2...
 */
final class PositionalTemplates {
    private static final Map<String, List<String[]>> TEMPLATES = new HashMap<>();

    static {
        String subject = "SubjectUserSid SubjectUserName SubjectDomainName SubjectLogonId ";
        t("Security", 4624, subject + "TargetUserSid TargetUserName TargetDomainName TargetLogonId LogonType LogonProcessName "
                + "AuthenticationPackageName WorkstationName LogonGuid TransmittedServices LmPackageName KeyLength ProcessId "
                + "ProcessName IpAddress IpPort ImpersonationLevel RestrictedAdminMode TargetOutboundUserName "
                + "TargetOutboundDomainName VirtualAccount TargetLinkedLogonId ElevatedToken");
        t("Security", 4624, subject + "TargetUserSid TargetUserName TargetDomainName TargetLogonId LogonType LogonProcessName "
                + "AuthenticationPackageName WorkstationName LogonGuid TransmittedServices LmPackageName KeyLength ProcessId "
                + "ProcessName IpAddress IpPort");
        t("Security", 4625, subject + "TargetUserSid TargetUserName TargetDomainName Status FailureReason SubStatus LogonType "
                + "LogonProcessName AuthenticationPackageName WorkstationName TransmittedServices LmPackageName KeyLength "
                + "ProcessId ProcessName IpAddress IpPort");
        t("Security", 4634, "TargetUserSid TargetUserName TargetDomainName TargetLogonId LogonType");
        t("Security", 4648, subject + "LogonGuid TargetUserName TargetDomainName TargetLogonGuid TargetServerName TargetInfo "
                + "ProcessId ProcessName IpAddress IpPort");
        t("Security", 4672, subject + "PrivilegeList");
        t("Security", 4688, subject + "NewProcessId NewProcessName TokenElevationType ProcessId CommandLine TargetUserSid "
                + "TargetUserName TargetDomainName TargetLogonId ParentProcessName MandatoryLabel");
        t("Security", 4688, subject + "NewProcessId NewProcessName TokenElevationType ProcessId CommandLine");
        t("Security", 4697, subject + "ServiceName ServiceFileName ServiceType ServiceStartType ServiceAccount");
        t("Security", 4698, subject + "TaskName TaskContent");
        t("Security", 4698, subject + "TaskName TaskContent ClientProcessStartKey ClientProcessId ParentProcessId "
                + "RpcCallClientLocality FQDN");
        t("System", 7045, "ServiceName ImagePath ServiceType StartType AccountName");
        String sysmon = "Microsoft-Windows-Sysmon/Operational";
        t(sysmon, 1, "RuleName UtcTime ProcessGuid ProcessId Image FileVersion Description Product Company OriginalFileName "
                + "CommandLine CurrentDirectory User LogonGuid LogonId TerminalSessionId IntegrityLevel Hashes "
                + "ParentProcessGuid ParentProcessId ParentImage ParentCommandLine ParentUser");
        t(sysmon, 1, "RuleName UtcTime ProcessGuid ProcessId Image FileVersion Description Product Company OriginalFileName "
                + "CommandLine CurrentDirectory User LogonGuid LogonId TerminalSessionId IntegrityLevel Hashes "
                + "ParentProcessGuid ParentProcessId ParentImage ParentCommandLine");
        t(sysmon, 3, "RuleName UtcTime ProcessGuid ProcessId Image User Protocol Initiated SourceIsIpv6 SourceIp "
                + "SourceHostname SourcePort SourcePortName DestinationIsIpv6 DestinationIp DestinationHostname "
                + "DestinationPort DestinationPortName");
        t(sysmon, 5, "RuleName UtcTime ProcessGuid ProcessId Image User");
        t(sysmon, 7, "RuleName UtcTime ProcessGuid ProcessId Image ImageLoaded FileVersion Description Product Company "
                + "OriginalFileName Hashes Signed Signature SignatureStatus User");
        t(sysmon, 10, "RuleName UtcTime SourceProcessGUID SourceProcessId SourceThreadId SourceImage TargetProcessGUID "
                + "TargetProcessId TargetImage GrantedAccess CallTrace SourceUser TargetUser");
        t(sysmon, 11, "RuleName UtcTime ProcessGuid ProcessId Image TargetFilename CreationUtcTime User");
        t(sysmon, 12, "RuleName EventType UtcTime ProcessGuid ProcessId Image TargetObject User");
        t(sysmon, 13, "RuleName EventType UtcTime ProcessGuid ProcessId Image TargetObject Details User");
        t(sysmon, 22, "RuleName UtcTime ProcessGuid ProcessId QueryName QueryStatus QueryResults Image User");
        t("Microsoft-Windows-PowerShell/Operational", 4104, "MessageNumber MessageTotal ScriptBlockText ScriptBlockId Path");
        t("Microsoft-Windows-PowerShell/Operational", 4103, "ContextInfo UserData Payload");
    }

    private PositionalTemplates() {
    }

    private static void t(String channel, int id, String names) {
        String[] n = names.trim().split(" ");
        for (int i = 0; i < n.length; i++) {
            n[i] = n[i].intern(); // lookups compare by identity first
        }
        TEMPLATES.computeIfAbsent(channel + ':' + id, k -> new java.util.ArrayList<>()).add(n);
    }

    /** Renames param1..paramN of the record when a template of exactly N names fits its channel and id. */
    static void apply(WinRecord r) {
        if (r.unnamed == 0 || r.channel == null || r.eventId == null) {
            return;
        }
        List<String[]> candidates = TEMPLATES.get(r.channel + ':' + r.eventId.trim());
        if (candidates == null) {
            return;
        }
        for (String[] names : candidates) {
            if (names.length == r.unnamed) {
                for (int i = 0; i < r.size; i++) {
                    String n = r.names[i];
                    if (n.startsWith("param")) {
                        long k = Ecs.number(n.substring(5));
                        if (k >= 1 && k <= names.length) {
                            r.rename(i, names[(int) k - 1]);
                        }
                    }
                }
                return;
            }
        }
    }
}
