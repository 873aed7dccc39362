package io.usiem.parser.windows.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * What a top-level key of a flattened record (NXLog, Log Analytics, the OTRF exports) is: a System header
 * value, shipper metadata to drop, or (when not listed) an EventData name. The names come from NXLog's
 * im_msvistalog field list, Logstash's additions and the Log Analytics SecurityEvent/WindowsEvent tables.
 */
final class FlatKeys {
    static final int DATA = 0;
    static final int IGNORE = 1;
    static final int EVENT_ID = 2;
    static final int CHANNEL = 3;
    static final int COMPUTER = 4;
    static final int PROVIDER = 5;
    static final int PROVIDER_GUID = 6;
    static final int RECORD_ID = 7;
    static final int TASK = 8;
    static final int TASK_NAME = 9;
    static final int OPCODE = 10;
    static final int OPCODE_VALUE = 11;
    static final int KEYWORDS = 12;
    static final int LEVEL = 13;
    static final int LEVEL_NAME = 14;
    static final int VERSION = 15;
    static final int PID = 16;
    static final int TID = 17;
    static final int USER_SID = 18;
    static final int USER_NAME = 19;
    static final int USER_DOMAIN = 20;
    static final int USER_TYPE = 21;
    static final int ACTIVITY = 22;
    static final int MESSAGE = 23;
    static final int TIME_CREATED = 24;
    static final int TIME_LOCAL = 25;
    static final int TIMESTAMP = 26;
    static final int EVENT_TYPE = 27;
    static final int NX_EVENT_TYPE = 28;
    static final int LOG_ANALYTICS = 29;
    static final int STRING_SUFFIXED = 30;

    private static final Map<String, Integer> ROLES = new HashMap<>();

    static {
        role(EVENT_ID, "EventID", "EventId");
        role(CHANNEL, "Channel", "EventLog");
        role(COMPUTER, "Hostname", "Computer");
        role(PROVIDER, "SourceName", "Provider", "EventSourceName", "ProviderName", "Source");
        role(PROVIDER_GUID, "ProviderGuid");
        role(RECORD_ID, "RecordNumber", "EventRecordID", "EventRecordId");
        role(TASK, "Task");
        role(TASK_NAME, "Category");
        role(OPCODE, "Opcode");
        role(OPCODE_VALUE, "OpcodeValue");
        role(KEYWORDS, "Keywords");
        role(LEVEL, "Level", "EventLevel");
        role(LEVEL_NAME, "Severity", "EventLevelName");
        role(VERSION, "Version");
        role(PID, "ExecutionProcessID");
        role(TID, "ThreadID");
        role(USER_SID, "UserID");
        role(USER_NAME, "AccountName");
        role(USER_DOMAIN, "Domain");
        role(USER_TYPE, "AccountType");
        role(ACTIVITY, "ActivityID");
        role(MESSAGE, "Message", "RenderedDescription");
        role(TIME_CREATED, "TimeCreated", "TimeGenerated");
        role(TIME_LOCAL, "EventTime");
        role(TIMESTAMP, "@timestamp");
        role(EVENT_TYPE, "EventType");
        role(NX_EVENT_TYPE, "EventTypeOrignal", "EventTypeOriginal");
        role(LOG_ANALYTICS, "TenantId", "MG", "ManagementGroupName", "_ResourceId", "SourceSystem", "Type");
        role(IGNORE, "@version", "host", "port", "tags", "SourceModuleName", "SourceModuleType", "SeverityValue",
                "EventReceivedTime", "TimeCollected", "timestamp", "SourceComputerId", "EventOriginId", "Activity",
                "HostCustomEntity", "AccountCustomEntity", "IPCustomEntity", "InstanceId", "Qualifiers", "Account", "SubjectAccount",
                "TargetAccount", "LogonTypeName", "RelatedActivityID", "ERROR_EVT_UNRESOLVED", "EventData_dynamic",
                "MessageSourceAddress", "EventData_string", "ParameterXml");
    }

    private FlatKeys() {
    }

    private static void role(int role, String... names) {
        for (String n : names) {
            ROLES.put(n, role);
        }
    }

    /** @param name a top-level key @return its role; {@link #DATA} for EventData names */
    static int role(String name) {
        Integer r = ROLES.get(name);
        if (r != null) {
            return r;
        }
        // Log Analytics renames an EventData value whose type clashes with a column: ProcessId_string, ProcessId_dynamic.
        return name.endsWith("_string") || name.endsWith("_dynamic") ? STRING_SUFFIXED : DATA;
    }

    /** @return whether a Log Analytics "Type" column value names a table (as opposed to Sysmon 25's Type data) */
    static boolean isLogAnalyticsTable(String v) {
        switch (v) {
            case "SecurityEvent":
            case "WindowsEvent":
            case "Event":
            case "Syslog":
            case "AuditLogs":
            case "SigninLogs":
                return true;
            default:
                return false;
        }
    }

    /** NXLog's EventType values (the severity), as opposed to Sysmon's EventType data (SetValue, CreateKey). */
    static boolean isNxlogEventType(String v) {
        switch (v) {
            case "INFO":
            case "AUDIT_SUCCESS":
            case "AUDIT_FAILURE":
            case "VERBOSE":
            case "WARNING":
            case "ERROR":
            case "CRITICAL":
            case "DEBUG":
                return true;
            default:
                return false;
        }
    }
}
