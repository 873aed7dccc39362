package io.usiem.parser.squid.internal;

import io.usiem.api.parser.LogParser;

import java.time.ZoneOffset;

/** Lets benchmarks build the parser without a Config Admin configuration. */
public final class SquidParserAccess {
    private SquidParserAccess() {
    }

    public static LogParser utc() {
        return new SquidParser(ZoneOffset.UTC);
    }
}
