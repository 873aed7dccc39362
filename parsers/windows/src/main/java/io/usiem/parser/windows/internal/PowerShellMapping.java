package io.usiem.parser.windows.internal;

import io.usiem.api.event.EcsCategory;
import io.usiem.api.event.EcsEventType;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Field;
import io.usiem.api.event.Fields;

/**
 * ECS for PowerShell, after Elastic's {@code windows.powershell_operational} and {@code windows.powershell}:
 * 4104 script blocks, 4103 module logging (its ContextInfo), and the classic 400/403/600/800 events
 * (their {@code Key=Value} details).
 */
final class PowerShellMapping {
    private PowerShellMapping() {
    }

    static void operational(WinRecord r, int id, EventBuilder b) {
        switch (id) {
            case 4104 -> {
                b.set(Fields.EVENT_ACTION, "Execute a Remote Command");
                String text = r.get("ScriptBlockText");
                if (text != null && !text.isEmpty()) {
                    b.set(WinFields.POWERSHELL_SCRIPT_BLOCK_TEXT, text);
                }
                Ecs.set(b, WinFields.POWERSHELL_SCRIPT_BLOCK_ID, r.present("ScriptBlockId"));
                Ecs.setNumber(b, WinFields.POWERSHELL_SEQUENCE, r.get("MessageNumber"));
                Ecs.setNumber(b, WinFields.POWERSHELL_TOTAL, r.get("MessageTotal"));
                Ecs.file(b, r.present("Path"));
                b.ecsCategory(EcsCategory.PROCESS).ecsType(EcsEventType.INFO);
            }
            case 4103 -> {
                b.set(Fields.EVENT_ACTION, "Executing Pipeline");
                details(r.get("ContextInfo"), " = ", b);
                b.ecsCategory(EcsCategory.PROCESS).ecsType(EcsEventType.INFO);
            }
            case 4105, 4106 -> {
                b.set(Fields.EVENT_ACTION, id == 4105 ? "Starting Command" : "Stopping Command");
                Ecs.set(b, WinFields.POWERSHELL_SCRIPT_BLOCK_ID, r.present("ScriptBlockId"));
                Ecs.set(b, WinFields.POWERSHELL_RUNSPACE_ID, r.present("RunspaceId"));
                b.ecsCategory(EcsCategory.PROCESS).ecsType(id == 4105 ? EcsEventType.START : EcsEventType.END);
            }
            default -> {
                // console start-up, named pipe IPC...: EventData only
            }
        }
    }

    /**
     * Classic events carry unnamed Data; Sigma's ps_classic rules match {@code Data}, so it is the Data
     * values joined by newlines, or the rendered message when the shipper kept no data (NXLog).
     */
    static void classic(WinRecord r, int id, EventBuilder b, Field dataField) {
        String data = r.get("Data");
        if (data == null) {
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i <= r.unnamed; i++) {
                String v = r.get(Names.param(i));
                if (v != null) {
                    if (sb.length() > 0) {
                        sb.append('\n');
                    }
                    sb.append(v);
                }
            }
            if (sb.length() == 0 && r.unnamed == 0) {
                for (int i = 1; i < 8; i++) { // Winlogbeat and NXLog name them param1.. at the top level
                    String v = r.get(Names.param(i));
                    if (v == null) {
                        break;
                    }
                    if (sb.length() > 0) {
                        sb.append('\n');
                    }
                    sb.append(v);
                }
            }
            data = sb.length() > 0 ? sb.toString() : r.message;
            if (data != null) {
                b.set(dataField, data);
            }
        }
        switch (id) {
            case 400 -> b.set(Fields.EVENT_ACTION, "Engine Lifecycle").ecsType(EcsEventType.START);
            case 403 -> b.set(Fields.EVENT_ACTION, "Engine Lifecycle").ecsType(EcsEventType.END);
            case 600 -> b.set(Fields.EVENT_ACTION, "Provider Lifecycle").ecsType(EcsEventType.INFO);
            case 800 -> b.set(Fields.EVENT_ACTION, "Pipeline Execution Details").ecsType(EcsEventType.INFO);
            default -> {
                return;
            }
        }
        b.ecsCategory(EcsCategory.PROCESS);
        details(data, "=", b);
    }

    /** Reads {@code Key=Value} (classic) or {@code Key = Value} (ContextInfo) lines. */
    private static void details(String text, String sep, EventBuilder b) {
        if (text == null) {
            return;
        }
        int i = 0;
        int n = text.length();
        while (i < n) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? n : nl;
            int eq = text.indexOf(sep, i);
            if (eq > i && eq < end) {
                String key = text.substring(i, eq).trim();
                String value = text.substring(eq + sep.length(), end).trim();
                if (!value.isEmpty()) {
                    detail(key, value, b);
                }
            }
            i = end + 1;
        }
    }

    private static void detail(String key, String value, EventBuilder b) {
        switch (key) {
            case "HostApplication", "Host Application" -> {
                b.set(Fields.PROCESS_COMMAND_LINE, value);
                java.util.List<String> args = CommandLines.split(value);
                if (!args.isEmpty()) {
                    b.set(Fields.PROCESS_ARGS, args).set(WinFields.PROCESS_ARGS_COUNT, (long) args.size());
                    b.set(Fields.PROCESS_EXECUTABLE, args.get(0));
                    b.set(Fields.PROCESS_NAME, Ecs.baseName(args.get(0)));
                    b.category(EventCategory.PROCESS);
                }
            }
            case "EngineVersion", "Engine Version" -> b.set(WinFields.POWERSHELL_ENGINE_VERSION, value);
            case "HostVersion", "Host Version" -> b.set(WinFields.POWERSHELL_PROCESS_EXECUTABLE_VERSION, value);
            case "NewEngineState" -> b.set(WinFields.POWERSHELL_ENGINE_NEW_STATE, value);
            case "PreviousEngineState" -> b.set(WinFields.POWERSHELL_ENGINE_PREVIOUS_STATE, value);
            case "RunspaceId", "Runspace ID" -> b.set(WinFields.POWERSHELL_RUNSPACE_ID, value);
            case "PipelineId", "Pipeline ID" -> b.set(WinFields.POWERSHELL_PIPELINE_ID, value);
            case "CommandName", "Command Name" -> b.set(WinFields.POWERSHELL_COMMAND_NAME, value);
            case "CommandType", "Command Type" -> b.set(WinFields.POWERSHELL_COMMAND_TYPE, value);
            case "CommandPath", "Command Path" -> b.set(WinFields.POWERSHELL_COMMAND_PATH, value);
            case "ScriptName", "Script Name" -> Ecs.file(b, value);
            case "ProviderName" -> b.set(WinFields.POWERSHELL_PROVIDER_NAME, value);
            case "SequenceNumber", "Sequence Number" -> Ecs.setNumber(b, WinFields.POWERSHELL_SEQUENCE, value);
            case "UserId", "User" -> Ecs.domainUser(b, value, Fields.USER_NAME, Fields.USER_DOMAIN);
            default -> {
                // HostName, HostId, Severity...: kept in the event data text
            }
        }
    }
}
