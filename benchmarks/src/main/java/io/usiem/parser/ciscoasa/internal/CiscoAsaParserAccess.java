package io.usiem.parser.ciscoasa.internal;

import io.usiem.api.parser.LogParser;

import java.time.ZoneOffset;

/** Lets benchmarks build the parser without a Config Admin configuration. */
public final class CiscoAsaParserAccess {
    private CiscoAsaParserAccess() {
    }

    public static LogParser utc() {
        return new CiscoAsaParser(ZoneOffset.UTC);
    }
}
