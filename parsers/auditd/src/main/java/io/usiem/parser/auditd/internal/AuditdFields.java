package io.usiem.parser.auditd.internal;

import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;

import java.util.concurrent.ConcurrentHashMap;

/** The fields of audit events that the ECS dictionary lacks, named as Elastic's Auditd (log) integration names them. */
final class AuditdFields {
    static final String PREFIX = "auditd.log.";
    static final Field RECORD_TYPE = Field.of(PREFIX + "record_type", FieldType.KEYWORD);
    static final Field SEQUENCE = Field.of(PREFIX + "sequence", FieldType.LONG);
    static final Field NODE = Field.of(PREFIX + "node", FieldType.KEYWORD);
    static final Field AVC_RESULT = Field.of(PREFIX + "avc.action", FieldType.KEYWORD);
    static final Field AVC_PERMISSIONS = Field.of(PREFIX + "avc.request", FieldType.KEYWORD);
    static final Field USER_AUDIT_ID = Field.of("user.audit.id", FieldType.KEYWORD);
    static final Field USER_AUDIT_NAME = Field.of("user.audit.name", FieldType.KEYWORD);
    static final Field USER_EFFECTIVE_ID = Field.of("user.effective.id", FieldType.KEYWORD);
    static final Field GROUP_EFFECTIVE_ID = Field.of("user.effective.group.id", FieldType.KEYWORD);
    static final Field PROCESS_ARGS_COUNT = Field.of("process.args_count", FieldType.LONG);
    static final Field FILE_INODE = Field.of("file.inode", FieldType.KEYWORD);
    static final Field FILE_MODE = Field.of("file.mode", FieldType.KEYWORD);
    static final Field FILE_UID = Field.of("file.uid", FieldType.KEYWORD);
    static final Field FILE_GID = Field.of("file.gid", FieldType.KEYWORD);
    static final Field SUCCESS = Field.of(PREFIX + "success", FieldType.BOOLEAN);
    static final Field HOST_ARCHITECTURE = Field.of("host.architecture", FieldType.KEYWORD);
    static final Field USER_GROUP_ID = Field.of("user.group.id", FieldType.KEYWORD);
    static final Field USER_SAVED_ID = Field.of("user.saved.id", FieldType.KEYWORD);
    static final Field USER_FILESYSTEM_ID = Field.of("user.filesystem.id", FieldType.KEYWORD);
    static final Field USER_OWNER_ID = Field.of("user.owner.id", FieldType.KEYWORD);
    static final Field USER_OWNER_GROUP_ID = Field.of("user.owner.group.id", FieldType.KEYWORD);
    static final Field USER_TERMINAL = Field.of("user.terminal", FieldType.KEYWORD);
    static final Field PROCESS_EXIT_CODE = Field.of("process.exit_code", FieldType.LONG);
    static final Field SERVICE_UNIT = Field.of("service.name", FieldType.KEYWORD);

    /** The record's own keys as auditd.log.KEY, cached by key: a lookup, not a concatenation, per pair. */
    private static final ConcurrentHashMap<String, Field> KEYS = new ConcurrentHashMap<>();
    private static final int KEY_CACHE_LIMIT = 4096;

    private AuditdFields() {
    }

    static Field key(String key) {
        Field f = KEYS.get(key);
        if (f == null) {
            f = Field.of(PREFIX + key, FieldType.KEYWORD);
            if (KEYS.size() < KEY_CACHE_LIMIT) {
                KEYS.putIfAbsent(key, f);
            }
        }
        return f;
    }
}
