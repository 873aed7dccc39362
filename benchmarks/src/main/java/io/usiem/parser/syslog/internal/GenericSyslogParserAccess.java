package io.usiem.parser.syslog.internal;

import io.usiem.api.parser.LogParser;

import java.time.ZoneOffset;

/** Lets benchmarks build the parser without a Config Admin configuration. */
public final class GenericSyslogParserAccess {
    private GenericSyslogParserAccess() {
    }

    public static LogParser utc() {
        return new GenericSyslogParser(ZoneOffset.UTC);
    }
}
