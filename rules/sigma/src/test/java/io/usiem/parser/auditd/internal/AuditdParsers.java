package io.usiem.parser.auditd.internal;

import io.usiem.api.parser.LogParser;

import java.time.ZoneOffset;

/** The auditd parser for the Sigma tests (its zone constructor is package-private). */
public final class AuditdParsers {
    private AuditdParsers() {
    }

    /** @return the parser in UTC */
    public static LogParser utc() {
        return new AuditdParser(ZoneOffset.UTC);
    }
}
