package io.usiem.parser.webserver.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * One web server log source (factory PID {@code io.usiem.parser.webserver}): a product, its access log
 * formats and the source types it answers to. Defaults ship as {@code io.usiem.parser.webserver-apache.cfg}
 * and {@code io.usiem.parser.webserver-nginx.cfg}.
 */
@ObjectClassDefinition(name = "uSIEM web server log parser (Apache httpd / nginx)",
        description = "One instance per log source: the product, its access log formats, its source types.")
@interface WebServerConfig {
    /** Factory PID; each configuration is one parser. */
    String FACTORY_PID = "io.usiem.parser.webserver";

    @AttributeDefinition(name = "Name", description = "Parser name, unique among parsers, e.g. apache or nginx-edge.")
    String name() default "apache";

    @AttributeDefinition(name = "Product", options = {@Option(value = "apache", label = "Apache httpd"), @Option(value = "nginx", label = "nginx")},
            description = "Decides the vendor fields (apache.* or nginx.*), the Sigma product and the error log format.")
    String product() default "apache";

    @AttributeDefinition(name = "Source types", description = "Source types this parser is chosen for without guessing.")
    String[] sourceTypes() default {"apache", "apache_access", "apache_error", "httpd"};

    @AttributeDefinition(name = "Access log formats", description = "Apache LogFormat strings (%h %l %u %t \\\"%r\\\" ...) or nginx "
            + "log_format strings ($remote_addr - $remote_user [$time_local] ...), tried in order; the first that matches wins.")
    String[] formats() default {
        "%v:%p %h %l %u %t \\\"%r\\\" %>s %O \\\"%{Referer}i\\\" \\\"%{User-Agent}i\\\"",
        "%h %l %u %t \\\"%r\\\" %>s %O \\\"%{Referer}i\\\" \\\"%{User-Agent}i\\\"",
        "%h %l %u %t \\\"%r\\\" %>s %O"};

    @AttributeDefinition(name = "Error logs", description = "Also parse the product's error log lines.")
    boolean errorLogs() default true;

    @AttributeDefinition(name = "Time zone", description = "Zone of times that carry no offset (error logs, BSD syslog headers), e.g. UTC or Europe/Madrid.")
    String timezone() default "UTC";
}
