package io.usiem.parser.windows.internal;

import io.usiem.api.parser.LogParser;

import java.time.ZoneOffset;

/** Lets benchmarks build the parser without a Config Admin configuration. */
public final class WindowsEventParserAccess {
    private WindowsEventParserAccess() {
    }

    public static LogParser utc() {
        return new WindowsEventParser(ZoneOffset.UTC, true);
    }
}
