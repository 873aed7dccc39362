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

    /** @return the parser as its shipped configuration builds it (UTC, the rendered Message kept) */
    public static LogParser shipped() {
        return new WindowsEventParser(ZoneOffset.UTC, true);
    }
}
