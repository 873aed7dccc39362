package io.usiem.parser.syslog.internal;

import io.usiem.api.parser.LogParser;

import java.time.ZoneOffset;

/** The catch-all syslog parser for the Sigma tests (its zone constructor is package-private). */
public final class GenericSyslogParsers {
    private GenericSyslogParsers() {
    }

    /** @return the parser in UTC */
    public static LogParser utc() {
        return new GenericSyslogParser(ZoneOffset.UTC);
    }
}
