package io.usiem.parser.linuxauth.internal;

import io.usiem.api.parser.LogParser;

import java.time.ZoneOffset;

/** Lets benchmarks build the parser without a Config Admin configuration. */
public final class LinuxAuthParserAccess {
    private LinuxAuthParserAccess() {
    }

    public static LogParser utc() {
        return new LinuxAuthParser(ZoneOffset.UTC);
    }
}
