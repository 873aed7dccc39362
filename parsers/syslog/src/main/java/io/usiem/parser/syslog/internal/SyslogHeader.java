package io.usiem.parser.syslog.internal;

import java.util.ArrayList;
import java.util.List;

/** What a syslog header said; filled by {@link SyslogHeaderParser}. Mutable, one per line. */
final class SyslogHeader {
    int priority = -1;
    String version;
    long timeNanos;
    String hostname;
    String appName;
    String procId;
    String msgId;
    /** Structured data as name/value pairs, names prefixed with their SD-ID. */
    final List<String[]> structuredData = new ArrayList<>();
    int bodyStart;

    boolean found() {
        return priority >= 0 || timeNanos != 0;
    }
}
