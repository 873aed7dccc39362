package io.usiem.parser.linuxauth.internal;

import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;

/** The vendor fields of Linux auth logs, named as Elastic's System integration (auth dataset) names them. */
final class AuthFields {
    static final Field SSH_EVENT = Field.of("system.auth.ssh.event", FieldType.KEYWORD);
    static final Field SSH_METHOD = Field.of("system.auth.ssh.method", FieldType.KEYWORD);
    static final Field SSH_SIGNATURE = Field.of("system.auth.ssh.signature", FieldType.KEYWORD);
    static final Field SSH_DROPPED_IP = Field.of("system.auth.ssh.dropped_ip", FieldType.IP);
    static final Field SUDO_ERROR = Field.of("system.auth.sudo.error", FieldType.KEYWORD);
    static final Field SUDO_TTY = Field.of("system.auth.sudo.tty", FieldType.KEYWORD);
    static final Field SUDO_PWD = Field.of("system.auth.sudo.pwd", FieldType.KEYWORD);
    static final Field SUDO_USER = Field.of("system.auth.sudo.user", FieldType.KEYWORD);
    static final Field SUDO_GROUP = Field.of("system.auth.sudo.group", FieldType.KEYWORD);
    static final Field SUDO_COMMAND = Field.of("system.auth.sudo.command", FieldType.KEYWORD);
    static final Field USERADD_HOME = Field.of("system.auth.useradd.home", FieldType.KEYWORD);
    static final Field USERADD_SHELL = Field.of("system.auth.useradd.shell", FieldType.KEYWORD);
    static final Field PAM_MODULE = Field.of("system.auth.pam.module", FieldType.KEYWORD);
    static final Field PAM_ORIGIN = Field.of("system.auth.pam.origin", FieldType.KEYWORD);
    static final Field PAM_SESSION_STATE = Field.of("system.auth.pam.session_state", FieldType.KEYWORD);
    static final Field PAM_BY = Field.of("system.auth.pam.by", FieldType.KEYWORD);
    static final Field PAM_TTY = Field.of("system.auth.pam.tty", FieldType.KEYWORD);
    static final Field PAM_FAILURES = Field.of("system.auth.pam.failures", FieldType.LONG);
    static final Field SU_TTY = Field.of("system.auth.su.tty", FieldType.KEYWORD);
    static final Field LOGIND_SESSION_ID = Field.of("system.auth.systemd_logind.session_id", FieldType.KEYWORD);

    private AuthFields() {
    }
}
