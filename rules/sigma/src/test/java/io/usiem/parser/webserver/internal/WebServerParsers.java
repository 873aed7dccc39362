package io.usiem.parser.webserver.internal;

import io.usiem.api.parser.LogParser;

import java.time.ZoneOffset;
import java.util.List;

/** The Apache access-log parser with its shipped formats, for the Sigma tests (the parser's constructor is package-private). */
public final class WebServerParsers {
    private WebServerParsers() {
    }

    /** @return the parser as io.usiem.parser.webserver-apache.cfg configures it: vhost_combined, combined, common */
    public static LogParser apache() {
        return new WebServerParser("apache", "apache", List.of("apache"), List.of(
                "%v:%p %h %l %u %t \\\"%r\\\" %>s %O \\\"%{Referer}i\\\" \\\"%{User-Agent}i\\\"",
                "%h %l %u %t \\\"%r\\\" %>s %O \\\"%{Referer}i\\\" \\\"%{User-Agent}i\\\"",
                "%h %l %u %t \\\"%r\\\" %>s %O"), true, ZoneOffset.UTC);
    }
}
