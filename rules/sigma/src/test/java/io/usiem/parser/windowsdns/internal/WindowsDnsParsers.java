package io.usiem.parser.windowsdns.internal;

import io.usiem.api.parser.LogParser;

import java.time.ZoneOffset;

/** The Windows DNS debug log parser for the Sigma tests (its zone constructor is package-private). */
public final class WindowsDnsParsers {
    private WindowsDnsParsers() {
    }

    /** @return the parser in UTC, dates read as the shipped default reads them */
    public static LogParser utc() {
        return new WindowsDnsParser(ZoneOffset.UTC, DebugLogTime.Order.AUTO);
    }
}
