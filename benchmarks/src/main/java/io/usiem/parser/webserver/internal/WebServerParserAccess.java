package io.usiem.parser.webserver.internal;

import io.usiem.api.parser.LogParser;

import java.time.ZoneOffset;
import java.util.List;

/** Lets benchmarks build the parsers with the shipped default formats, without a Config Admin configuration. */
public final class WebServerParserAccess {
    private WebServerParserAccess() {
    }

    /** The formats of io.usiem.parser.webserver-apache.cfg: vhost_combined, combined, common. */
    public static LogParser apache() {
        return new WebServerParser("apache", "apache", List.of("apache"), List.of(
                "%v:%p %h %l %u %t \\\"%r\\\" %>s %O \\\"%{Referer}i\\\" \\\"%{User-Agent}i\\\"",
                "%h %l %u %t \\\"%r\\\" %>s %O \\\"%{Referer}i\\\" \\\"%{User-Agent}i\\\"",
                "%h %l %u %t \\\"%r\\\" %>s %O"), true, ZoneOffset.UTC);
    }

    /** The formats of io.usiem.parser.webserver-nginx.cfg: main, combined. */
    public static LogParser nginx() {
        return new WebServerParser("nginx", "nginx", List.of("nginx"), List.of(
                "$remote_addr - $remote_user [$time_local] \"$request\" $status $body_bytes_sent \"$http_referer\" \"$http_user_agent\" \"$http_x_forwarded_for\"",
                "$remote_addr - $remote_user [$time_local] \"$request\" $status $body_bytes_sent \"$http_referer\" \"$http_user_agent\""),
                true, ZoneOffset.UTC);
    }
}
