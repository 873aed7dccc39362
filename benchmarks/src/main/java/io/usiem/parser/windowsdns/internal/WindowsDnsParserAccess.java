package io.usiem.parser.windowsdns.internal;

import io.usiem.api.parser.LogParser;

import java.time.ZoneOffset;

/** Lets benchmarks build the parser without a Config Admin configuration. */
public final class WindowsDnsParserAccess {
    private WindowsDnsParserAccess() {
    }

    public static LogParser utc() {
        return new WindowsDnsParser(ZoneOffset.UTC, DebugLogTime.Order.AUTO);
    }
}
