package io.usiem.parser.webserver.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The parsers the tests use: the shipped default configurations plus the timed formats of the fixtures. */
final class Parsers {
    /** Debian's vhost_combined, combined and common, as in io.usiem.parser.webserver-apache.cfg. */
    static final List<String> APACHE_DEFAULTS = List.of(
            "%v:%p %h %l %u %t \\\"%r\\\" %>s %O \\\"%{Referer}i\\\" \\\"%{User-Agent}i\\\"",
            "%h %l %u %t \\\"%r\\\" %>s %O \\\"%{Referer}i\\\" \\\"%{User-Agent}i\\\"",
            "%h %l %u %t \\\"%r\\\" %>s %O");
    static final String APACHE_TIMED = "%h %l %u %t \\\"%r\\\" %>s %b \\\"%{Referer}i\\\" \\\"%{User-Agent}i\\\" %D %{X-Forwarded-For}i";
    static final List<String> NGINX_DEFAULTS = List.of(
            "$remote_addr - $remote_user [$time_local] \"$request\" $status $body_bytes_sent \"$http_referer\" \"$http_user_agent\" \"$http_x_forwarded_for\"",
            "$remote_addr - $remote_user [$time_local] \"$request\" $status $body_bytes_sent \"$http_referer\" \"$http_user_agent\"");
    static final String NGINX_TIMED = "$remote_addr - $remote_user [$time_local] \"$request\" $status $body_bytes_sent \"$http_referer\" \"$http_user_agent\" $request_time";

    private Parsers() {
    }

    static WebServerParser apache(ZoneId zone) {
        List<String> formats = new ArrayList<>(APACHE_DEFAULTS);
        formats.add(APACHE_TIMED);
        return new WebServerParser("apache", "apache", List.of("apache"), formats, true, zone);
    }

    static WebServerParser nginx(ZoneId zone) {
        List<String> formats = new ArrayList<>(NGINX_DEFAULTS);
        formats.add(NGINX_TIMED);
        return new WebServerParser("nginx", "nginx", List.of("nginx"), formats, true, zone);
    }
}
