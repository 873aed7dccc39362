package io.usiem.parser.auditd.internal;

import io.usiem.api.parser.LogParser;

import java.time.ZoneOffset;

/** Lets benchmarks build the parser without a Config Admin configuration. */
public final class AuditdParserAccess {
    private AuditdParserAccess() {
    }

    public static LogParser utc() {
        return new AuditdParser(ZoneOffset.UTC);
    }
}
