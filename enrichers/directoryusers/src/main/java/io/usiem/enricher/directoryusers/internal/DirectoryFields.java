package io.usiem.enricher.directoryusers.internal;

import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;

/** Fields beyond the dictionary: ECS {@code user.group.name} (several), and directory facts ECS has no place for. */
final class DirectoryFields {
    static final Field USER_GROUP_NAME = Field.of("user.group.name", FieldType.KEYWORD_LIST);
    static final Field USER_DEPARTMENT = Field.of("user.directory.department", FieldType.KEYWORD);
    static final Field USER_MANAGER = Field.of("user.directory.manager", FieldType.KEYWORD);
    static final Field USER_DISABLED = Field.of("user.directory.disabled", FieldType.BOOLEAN);
    static final Field USER_DN = Field.of("user.directory.dn", FieldType.KEYWORD);

    private DirectoryFields() {
    }
}
