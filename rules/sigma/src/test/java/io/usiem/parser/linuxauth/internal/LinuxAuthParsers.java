package io.usiem.parser.linuxauth.internal;

import io.usiem.api.parser.LogParser;

import java.time.ZoneOffset;

/** The Linux authentication log parser for the Sigma tests (its zone constructor is package-private). */
public final class LinuxAuthParsers {
    private LinuxAuthParsers() {
    }

    /** @return the parser in UTC */
    public static LogParser utc() {
        return new LinuxAuthParser(ZoneOffset.UTC);
    }
}
