package io.usiem.parser.windows.internal;

import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;

/**
 * The fields outside the ECS dictionary this parser fills, named as Elastic's Windows and System
 * integrations name them ({@code winlog.*}, {@code powershell.*}, ECS {@code process.pe.*} and the like).
 */
final class WinFields {
    static final String EVENT_DATA_PREFIX = "winlog.event_data.";

    static final Field WINLOG_EVENT_ID = Field.of("winlog.event_id", FieldType.KEYWORD);
    static final Field WINLOG_CHANNEL = Field.of("winlog.channel", FieldType.KEYWORD);
    static final Field WINLOG_PROVIDER_NAME = Field.of("winlog.provider_name", FieldType.KEYWORD);
    static final Field WINLOG_PROVIDER_GUID = Field.of("winlog.provider_guid", FieldType.KEYWORD);
    static final Field WINLOG_COMPUTER_NAME = Field.of("winlog.computer_name", FieldType.KEYWORD);
    static final Field WINLOG_RECORD_ID = Field.of("winlog.record_id", FieldType.KEYWORD);
    static final Field WINLOG_TASK = Field.of("winlog.task", FieldType.KEYWORD);
    static final Field WINLOG_OPCODE = Field.of("winlog.opcode", FieldType.KEYWORD);
    static final Field WINLOG_KEYWORDS = Field.of("winlog.keywords", FieldType.KEYWORD_LIST);
    static final Field WINLOG_VERSION = Field.of("winlog.version", FieldType.LONG);
    static final Field WINLOG_ACTIVITY_ID = Field.of("winlog.activity_id", FieldType.KEYWORD);
    static final Field WINLOG_PROCESS_PID = Field.of("winlog.process.pid", FieldType.LONG);
    static final Field WINLOG_PROCESS_THREAD_ID = Field.of("winlog.process.thread.id", FieldType.LONG);
    static final Field WINLOG_USER_IDENTIFIER = Field.of("winlog.user.identifier", FieldType.KEYWORD);
    static final Field WINLOG_USER_NAME = Field.of("winlog.user.name", FieldType.KEYWORD);
    static final Field WINLOG_USER_DOMAIN = Field.of("winlog.user.domain", FieldType.KEYWORD);
    static final Field WINLOG_USER_TYPE = Field.of("winlog.user.type", FieldType.KEYWORD);
    static final Field WINLOG_LOGON_TYPE = Field.of("winlog.logon.type", FieldType.KEYWORD);
    static final Field WINLOG_LOGON_ID = Field.of("winlog.logon.id", FieldType.KEYWORD);
    static final Field WINLOG_LOGON_FAILURE_STATUS = Field.of("winlog.logon.failure.status", FieldType.KEYWORD);
    static final Field WINLOG_LOGON_FAILURE_SUB_STATUS = Field.of("winlog.logon.failure.sub_status", FieldType.KEYWORD);
    static final Field WINLOG_LOGON_FAILURE_REASON = Field.of("winlog.logon.failure.reason", FieldType.KEYWORD);

    static final Field PROCESS_PE_ORIGINAL_FILE_NAME = Field.of("process.pe.original_file_name", FieldType.KEYWORD);
    static final Field PROCESS_PE_COMPANY = Field.of("process.pe.company", FieldType.KEYWORD);
    static final Field PROCESS_PE_DESCRIPTION = Field.of("process.pe.description", FieldType.KEYWORD);
    static final Field PROCESS_PE_PRODUCT = Field.of("process.pe.product", FieldType.KEYWORD);
    static final Field PROCESS_PE_FILE_VERSION = Field.of("process.pe.file_version", FieldType.KEYWORD);
    static final Field PROCESS_PE_IMPHASH = Field.of("process.pe.imphash", FieldType.KEYWORD);
    static final Field FILE_PE_ORIGINAL_FILE_NAME = Field.of("file.pe.original_file_name", FieldType.KEYWORD);
    static final Field FILE_PE_COMPANY = Field.of("file.pe.company", FieldType.KEYWORD);
    static final Field FILE_PE_DESCRIPTION = Field.of("file.pe.description", FieldType.KEYWORD);
    static final Field FILE_PE_PRODUCT = Field.of("file.pe.product", FieldType.KEYWORD);
    static final Field FILE_PE_FILE_VERSION = Field.of("file.pe.file_version", FieldType.KEYWORD);
    /** Sysmon for Linux's LogonId (the login uid), where Sigma's Linux pipeline looks for it. */
    static final Field PROCESS_USER_ID = Field.of("process.user.id", FieldType.KEYWORD);
    static final Field PROCESS_ARGS_COUNT = Field.of("process.args_count", FieldType.LONG);
    static final Field FILE_PE_IMPHASH = Field.of("file.pe.imphash", FieldType.KEYWORD);
    static final Field FILE_CODE_SIGNATURE_SUBJECT = Field.of("file.code_signature.subject_name", FieldType.KEYWORD);
    static final Field FILE_CODE_SIGNATURE_STATUS = Field.of("file.code_signature.status", FieldType.KEYWORD);
    static final Field FILE_CODE_SIGNATURE_SIGNED = Field.of("file.code_signature.signed", FieldType.BOOLEAN);
    static final Field REGISTRY_HIVE = Field.of("registry.hive", FieldType.KEYWORD);
    static final Field REGISTRY_DATA_TYPE = Field.of("registry.data.type", FieldType.KEYWORD);
    static final Field SERVICE_TYPE = Field.of("service.type", FieldType.KEYWORD);
    static final Field POWERSHELL_SCRIPT_BLOCK_TEXT = Field.of("powershell.file.script_block_text", FieldType.TEXT);
    static final Field POWERSHELL_SCRIPT_BLOCK_ID = Field.of("powershell.file.script_block_id", FieldType.KEYWORD);
    static final Field POWERSHELL_SEQUENCE = Field.of("powershell.sequence", FieldType.LONG);
    static final Field POWERSHELL_TOTAL = Field.of("powershell.total", FieldType.LONG);
    static final Field POWERSHELL_COMMAND_NAME = Field.of("powershell.command.name", FieldType.KEYWORD);
    static final Field POWERSHELL_COMMAND_TYPE = Field.of("powershell.command.type", FieldType.KEYWORD);
    static final Field POWERSHELL_COMMAND_PATH = Field.of("powershell.command.path", FieldType.KEYWORD);
    static final Field POWERSHELL_ENGINE_VERSION = Field.of("powershell.engine.version", FieldType.KEYWORD);
    static final Field POWERSHELL_ENGINE_NEW_STATE = Field.of("powershell.engine.new_state", FieldType.KEYWORD);
    static final Field POWERSHELL_ENGINE_PREVIOUS_STATE = Field.of("powershell.engine.previous_state", FieldType.KEYWORD);
    static final Field POWERSHELL_PROVIDER_NAME = Field.of("powershell.provider.name", FieldType.KEYWORD);
    static final Field POWERSHELL_RUNSPACE_ID = Field.of("powershell.runspace_id", FieldType.KEYWORD);
    static final Field POWERSHELL_PIPELINE_ID = Field.of("powershell.pipeline_id", FieldType.KEYWORD);
    static final Field POWERSHELL_PROCESS_EXECUTABLE_VERSION = Field.of("powershell.process.executable_version", FieldType.KEYWORD);

    private WinFields() {
    }
}
