package io.usiem.parser.opnsense.internal;

import io.usiem.api.parser.LogParser;

import java.time.ZoneOffset;

/** Lets benchmarks build the parser without a Config Admin configuration. */
public final class FilterlogParserAccess {
    private FilterlogParserAccess() {
    }

    public static LogParser utc() {
        return new FilterlogParser(ZoneOffset.UTC);
    }
}
