package io.usiem.parser.windows.internal;

import io.usiem.api.parser.LogParser;

import java.time.ZoneOffset;

/** The real Windows parser for the engine's real-data tests, built without Config Admin. */
public final class WindowsParserForTests {
    private WindowsParserForTests() {
    }

    public static LogParser utc() {
        return new WindowsEventParser(ZoneOffset.UTC, false);
    }
}
